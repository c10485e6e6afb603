// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { detectPii, toRedactedHtml } from '../../../src/core/pii/index'

const wrap = (html: string) => `<div class="zd-comment" dir="auto">${html}</div>`

describe('toRedactedHtml', () => {
  test.each([
    ['plain text', wrap('My ID number is 847564!'), ['847564'], wrap('My ID number is <redact>847564</redact>!')],
    ['value split by formatting tags', wrap('Mail jo<b>hn</b>@example.com'), ['john@example.com'], wrap('Mail <redact>jo</redact><b><redact>hn</redact></b><redact>@example.com</redact>')],
    ['entity inside the value', wrap('Write to john&#64;example.com'), ['john@example.com'], wrap('Write to <redact>john&#64;example.com</redact>')],
    ['&nbsp; between digits', wrap('tel&nbsp;06&nbsp;12 34 56 78.'), ['06 12 34 56 78'], wrap('tel&nbsp;<redact>06&nbsp;12 34 56 78</redact>.')],
    ['&amp; in the value', wrap('Company: Smith &amp; Sons'), ['Smith & Sons'], wrap('Company: <redact>Smith &amp; Sons</redact>')],
    ['several occurrences', '<p>1234 and 1234</p>', ['1234'], '<p><redact>1234</redact> and <redact>1234</redact></p>'],
    ['no match leaves html untouched', '<p class="x">hello &amp; bye</p>', ['nothing'], '<p class="x">hello &amp; bye</p>'],
    ['value never matched inside tags', '<p title="4111">card</p>', ['4111'], '<p title="4111">card</p>'],
    ['does not cross paragraphs', '<p>John</p><p>Smith</p>', ['John Smith'], '<p>John</p><p>Smith</p>'],
    ['line wrapped value', '<p>John\n  Smith</p>', ['John Smith'], '<p><redact>John\n  Smith</redact></p>'],
    ['script content ignored', '<script>var x = "847564"</script><p>847564</p>', ['847564'], '<script>var x = "847564"</script><p><redact>847564</redact></p>'],
  ])('%s', (_name, html, values, expected) => expect(toRedactedHtml(html, values)).toBe(expected))

  test('mailto links get a redact attribute and wrapped inner text', () => {
    const html = wrap('<p>Contact: <a href="mailto:jane.doe@example.com" target="_blank">jane.doe@example.com</a></p>')
    expect(toRedactedHtml(html, ['jane.doe@example.com'])).toBe(
      wrap('<p>Contact: <a href="mailto:jane.doe@example.com" target="_blank" redact><redact>jane.doe@example.com</redact></a></p>'),
    )
  })

  test('link text differing from the href is wrapped whole', () => {
    const html = '<a href="https://example.com/u/jdoe92">my <i>profile</i></a>'
    expect(toRedactedHtml(html, ['jdoe92'])).toBe('<a href="https://example.com/u/jdoe92" redact><redact>my </redact><i><redact>profile</redact></i></a>')
  })

  test('percent-encoded and entity-encoded hrefs are decoded before matching', () => {
    expect(toRedactedHtml('<a href="mailto:jane%40example.com">x</a>', ['jane@example.com'])).toBe('<a href="mailto:jane%40example.com" redact><redact>x</redact></a>')
    expect(toRedactedHtml('<a href="mailto:jane&#64;example.com">x</a>', ['jane@example.com'])).toBe('<a href="mailto:jane&#64;example.com" redact><redact>x</redact></a>')
  })

  test('images whose src contains the value get the attribute', () => {
    const html = '<p><img src="https://example.zendesk.com/attachments/token/jdoe92/photo.png" alt="photo" /></p>'
    expect(toRedactedHtml(html, ['jdoe92'])).toBe('<p><img src="https://example.zendesk.com/attachments/token/jdoe92/photo.png" alt="photo" redact /></p>')
  })

  test('already redacted elements are left alone', () => {
    const html = '<a href="mailto:a@example.com" redact>x</a>'
    expect(toRedactedHtml(html, ['a@example.com'])).toBe(html)
  })

  test('accepts detectPii matches and a realistic Zendesk comment', () => {
    const plain = 'Hello,\nMy card is 4111 1111 1111 1111 and my phone +33 6 12 34 56 78.\nThanks'
    const html =
      '<div class="zd-comment" dir="auto"><p dir="auto">Hello,</p><p dir="auto">My card is <strong>4111 1111</strong> 1111 1111 and my phone +33&nbsp;6&nbsp;12&nbsp;34&nbsp;56&nbsp;78.</p><p dir="auto">Thanks</p></div>'
    expect(toRedactedHtml(html, detectPii(plain))).toBe(
      '<div class="zd-comment" dir="auto"><p dir="auto">Hello,</p><p dir="auto">My card is <strong><redact>4111 1111</redact></strong><redact> 1111 1111</redact> and my phone <redact>+33&nbsp;6&nbsp;12&nbsp;34&nbsp;56&nbsp;78</redact>.</p><p dir="auto">Thanks</p></div>',
    )
  })

  test('malformed html never throws and keeps the input when nothing matches', () => {
    for (const html of ['<p', '<<<', '<a href="x>', '&#xZZ;', '<!-- open', '</>', '<p>a < b</p>']) {
      expect(() => toRedactedHtml(html, ['zzz'])).not.toThrow()
      expect(toRedactedHtml(html, ['zzz'])).toBe(html)
    }
  })

  test('empty values leave html unchanged', () => {
    expect(toRedactedHtml('<p>x</p>', [])).toBe('<p>x</p>')
    expect(toRedactedHtml('<p>x</p>', ['  '])).toBe('<p>x</p>')
  })
})
