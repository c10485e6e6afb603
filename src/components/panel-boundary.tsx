import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Alert, Title } from '@zendeskgarden/react-notifications'
import { Button } from '@zendeskgarden/react-buttons'
import { useI18n } from '../i18n/i18n-context'

interface BoundaryProps {
  children: ReactNode
  fallback: (retry: () => void) => ReactNode
}

/**
 * Contains a crash (or a chunk that failed to download) to one panel or step, so the rest of the
 * sidebar — and any work in progress there — keeps running. The error itself is not logged: it may
 * carry ticket text.
 */
class Boundary extends Component<BoundaryProps, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately silent: see the class comment.
  }

  retry = () => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))

  override render() {
    if (this.state.failed) return this.props.fallback(this.retry)
    return <div key={this.state.attempt}>{this.props.children}</div>
  }
}

export function PanelBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return (
    <Boundary
      fallback={(retry) => (
        <Alert type="error" role="alert" style={{ margin: '8px 0' }}>
          <Title>{t('errors.panelTitle')}</Title>
          {t('errors.panelBody')}
          <div style={{ marginTop: 8 }}>
            <Button size="small" onClick={retry}>
              {t('errors.retry')}
            </Button>
          </div>
        </Alert>
      )}
    >
      {children}
    </Boundary>
  )
}
