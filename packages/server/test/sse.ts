/** Reads Server-Sent Events from a streaming response, for tests. */
export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  readonly comments: string[] = [];

  constructor(response: { readonly body: ReadableStream<Uint8Array> | null }) {
    if (!response.body) throw new Error('no body');
    this.reader = response.body.getReader();
  }

  /** The next `count` events, or a failure after `timeoutMs`. */
  async next(count = 1, timeoutMs = 5_000): Promise<SseMessage[]> {
    const found: SseMessage[] = [];
    const deadline = Date.now() + timeoutMs;
    while (found.length < count) {
      let boundary = this.buffer.indexOf('\n\n');
      while (boundary >= 0 && found.length < count) {
        const block = this.buffer.slice(0, boundary);
        this.buffer = this.buffer.slice(boundary + 2);
        const message = parseBlock(block, this.comments);
        if (message) found.push(message);
        boundary = this.buffer.indexOf('\n\n');
      }
      if (found.length >= count) break;
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`timed out waiting for ${count} events, got ${found.length}`);
      const chunk = await Promise.race([
        this.reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => {
            reject(new Error(`timed out waiting for ${count} events, got ${found.length}`));
          }, remaining),
        ),
      ]);
      if (chunk.done) throw new Error('stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
    return found;
  }

  /** Waits `ms` and returns the events that arrived meanwhile (for "nothing arrives" checks). */
  async drain(ms: number): Promise<SseMessage[]> {
    try {
      return await this.next(1_000, ms);
    } catch {
      const blocks = this.buffer.split('\n\n').slice(0, -1);
      return blocks
        .map((block) => parseBlock(block, []))
        .filter((m): m is SseMessage => m !== undefined);
    }
  }

  async cancel(): Promise<void> {
    await this.reader.cancel();
  }
}

function parseBlock(block: string, comments: string[]): SseMessage | undefined {
  const message: SseMessage = { data: '' };
  let hasData = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) comments.push(line.slice(1).trim());
    else if (line.startsWith('id:')) message.id = line.slice(3).trim();
    else if (line.startsWith('event:')) message.event = line.slice(6).trim();
    else if (line.startsWith('data:')) {
      message.data += line.slice(5).trim();
      hasData = true;
    }
  }
  return hasData ? message : undefined;
}
