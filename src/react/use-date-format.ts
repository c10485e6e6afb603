import { useMemo } from 'react'
import { parseIsoDate, type IsoDate } from '../core/case/calendar-date'
import { useI18n } from '../i18n/i18n-context'

export interface DateFormat {
  /** A calendar date (`YYYY-MM-DD`) in the agent's language, e.g. "29 Feb 2024". */
  formatDate(value: IsoDate): string
  /** An ISO instant in the agent's language and time zone. */
  formatDateTime(value: string): string
}

/** Date formatting in the agent's language; calendar dates are formatted in UTC so they never shift a day. */
export function useDateFormat(): DateFormat {
  const { locale } = useI18n()
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    return {
      formatDate(value) {
        const parsed = parseIsoDate(value)
        return parsed ? date.format(new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day))) : value
      },
      formatDateTime(value) {
        const instant = new Date(value)
        return Number.isNaN(instant.getTime()) ? value : dateTime.format(instant)
      },
    }
  }, [locale])
}
