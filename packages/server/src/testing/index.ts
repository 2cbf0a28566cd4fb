// @wushe/server/testing: what tests of other packages (and the server's own) start servers with.
export { startTestServer, type TestServer, type TestServerOptions } from './server.js';
export { openTestDatabase, type TestDatabase, type TestDatabaseOptions } from './database.js';
export { callApi, takesIdempotencyKey, type CallAnswer, type CallTarget } from './requests.js';
export { DEMO_KEYS, DEMO_STAFF_PASSWORD } from '../seed/demo.js';
/** Raw SQL rows, for tests that check what a call stored. */
export { queryRows } from '../db/database.js';
export { demoTotpCode } from './demo-totp.js';
