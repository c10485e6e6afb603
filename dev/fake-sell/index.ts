/**
 * The fake Zendesk Sell API (dev only): stateful msw handlers for `https://api.getbase.com/v2/*`, seeded
 * with the Support demo subject's contact and leads. Nothing under src/ may import it.
 */
export { createFakeSell, DEMO_SELL_TOKEN, type CreateFakeSellOptions, type FakeSell } from './create-fake-sell'
export { createDemoSellSeed, DEMO_SELL_IDS } from './demo-seed'
export { SELL_ORIGIN, type SellRequestLogEntry } from './sell-handlers'
export { FakeSellState, type FakeSellRecord, type FakeSellResource, type FakeSellSeed } from './sell-records'
