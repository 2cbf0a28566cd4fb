import { describe, expect, it } from 'vitest';
import { notifierOutbox, staffAccounts } from '../src/db/tables/index.js';
import { AfterTransaction } from '../src/services/after-commit.js';
import { logNotifier, type NotifierMessage } from '../src/services/notifier.js';
import { useHarness } from './harness.js';

const h = useHarness();

const invite: NotifierMessage = {
  districtCode: '440113',
  channel: 'sms',
  to: '13800138000',
  template: 'staff_invite',
  params: { name: '陈晓红', link: 'https://console.example/setup#t' },
};

describe('the log notifier and sends after commit', () => {
  it('writes each message to the outbox', async () => {
    await logNotifier(h.db).send(invite);
    const rows = await h.db.select().from(notifierOutbox);
    expect(rows).toEqual([expect.objectContaining({ ...invite, id: 1 })]);
  });

  it('sends once the transaction has committed, and what it announces is there', async () => {
    const notifier = logNotifier(h.db);
    const after = new AfterTransaction();
    const seenInside: number[] = [];
    await after.around(() =>
      h.db.transaction(async (tx) => {
        await tx.insert(staffAccounts).values({
          id: 'acc_0000000000000001',
          districtCode: '440113',
          login: 'chen.xiaohong',
          name: '陈晓红',
        });
        after.onCommit(() => notifier.send(invite));
        seenInside.push((await tx.select().from(notifierOutbox)).length);
      }),
    );
    expect(seenInside).toEqual([0]);
    expect(await h.db.select().from(notifierOutbox)).toHaveLength(1);
  });

  it('sends nothing when the transaction rolls back, but runs what must happen either way', async () => {
    const notifier = logNotifier(h.db);
    const after = new AfterTransaction();
    const settled: string[] = [];
    await expect(
      after.around(() =>
        h.db.transaction(async (tx) => {
          await tx.insert(staffAccounts).values({
            id: 'acc_0000000000000002',
            districtCode: '440113',
            login: 'li.ming',
            name: '李明',
          });
          after.onCommit(() => notifier.send(invite));
          after.onSettle(() => {
            settled.push('failure recorded');
            return Promise.resolve();
          });
          throw new Error('the invite could not be saved');
        }),
      ),
    ).rejects.toThrow('the invite could not be saved');
    expect(await h.db.select().from(notifierOutbox)).toHaveLength(0);
    expect(await h.db.select().from(staffAccounts)).toHaveLength(0);
    expect(settled).toEqual(['failure recorded']);
  });

  it('reports a send that fails after commit instead of failing what has happened', async () => {
    const reported: unknown[] = [];
    const after = new AfterTransaction((error) => reported.push(error));
    after.onCommit(() => Promise.reject(new Error('SMS gateway down')));
    await expect(after.around(() => Promise.resolve('committed'))).resolves.toBe('committed');
    expect(reported).toEqual([new Error('SMS gateway down')]);
  });
});
