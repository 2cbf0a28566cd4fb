import { expect } from '@open-wc/testing';
import { realServer, staff } from '../../test/real-server.js';

describe('the real server of the test run', () => {
  it('answers a page with the demo publishable key, and staff through the runner', async function () {
    // The server may still be starting (PGlite) on a busy machine.
    this.timeout(60_000);
    const { apiBase, publishableKey } = await realServer();
    const response = await fetch(`${apiBase}/v1/needs?limit=1`, {
      headers: { Authorization: `Bearer ${publishableKey}` },
    });
    expect(response.status).to.equal(200);
    const page = (await response.json()) as { data: unknown[] };
    expect(page.data).to.have.length(1);
    const pending = await staff<{ data: unknown[] }>('GET', '/v1/needs?status=pending_review');
    expect(pending.status).to.equal(200);
  });
});
