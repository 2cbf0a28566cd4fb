/**
 * Work that must wait for a transaction's end: a message is sent only once what it announces is
 * committed (never from inside a transaction that may roll back), and a few records (a failed
 * sign-in) must be kept even when the request's transaction rolls back.
 */
export class AfterTransaction {
  private readonly committed: (() => Promise<void>)[] = [];
  private readonly always: (() => Promise<void>)[] = [];

  constructor(private readonly report: (error: unknown) => void = console.error) {}

  /** Runs `task` after the transaction commits; dropped when it rolls back. */
  onCommit(task: () => Promise<void>): void {
    this.committed.push(task);
  }

  /** Runs `task` after the transaction ends, committed or rolled back. */
  onSettle(task: () => Promise<void>): void {
    this.always.push(task);
  }

  /**
   * Runs `work` in a transaction-like `run`, then the queued tasks. A task that fails is reported,
   * never thrown: what it follows has already happened.
   */
  async around<T>(run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      await this.drain(this.always);
      throw error;
    }
    await this.drain(this.always);
    await this.drain(this.committed);
    return result;
  }

  private async drain(tasks: (() => Promise<void>)[]): Promise<void> {
    for (const task of tasks.splice(0)) {
      try {
        await task();
      } catch (error) {
        this.report(error);
      }
    }
  }
}
