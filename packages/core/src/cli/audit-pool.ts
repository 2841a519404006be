import { Worker } from 'node:worker_threads';
import { type AuditReply, AuditSession, type AuditSetup, type AuditTask } from './audit-session.js';
import { CliError } from './load.js';

/** Runs audit tasks on threads that each hold the data, or in this thread. */
export interface AuditPool {
  readonly size: number;
  /** Places loaded (from the first thread). */
  readonly places: number;
  /** One task on the next free thread. */
  run(task: AuditTask): Promise<AuditReply | undefined>;
  /** The same task on every thread (a new plan). */
  broadcast(task: AuditTask): Promise<void>;
  close(): Promise<void>;
}

/** `threads` ≤ 1: in this thread (tests, one département); otherwise worker threads. */
export async function openPool(setup: AuditSetup, threads: number): Promise<AuditPool> {
  if (threads <= 1) {
    const session = await AuditSession.open(setup);
    return {
      size: 1,
      places: session.places,
      run: (task) => session.run(task),
      broadcast: async (task) => void (await session.run(task)),
      close: async () => {},
    };
  }
  const started = await Promise.allSettled(Array.from({ length: threads }, () => ThreadWorker.start(setup)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw failed.reason;
  }
  return new ThreadPool(workers);
}

/**
 * The worker's module, compiled (dist/cli/audit-worker.js) or, when this runs from the sources
 * through tsx (tests), loaded through tsx's loader, which worker threads do not inherit.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  const own = import.meta.url;
  if (own.endsWith('.js')) return { script: new URL('./audit-worker.js', own), eval: false };
  const worker = new URL('./audit-worker.ts', own).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return {
    script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

const failure = (reply: { message: string; cli: boolean }) =>
  reply.cli ? new CliError(reply.message) : new Error(reply.message);

class ThreadWorker {
  #pending: { resolve: (reply: AuditReply | undefined) => void; reject: (error: Error) => void } | undefined;
  #failed: Error | undefined;

  private constructor(
    readonly worker: Worker,
    readonly places: number,
  ) {
    worker.on('message', (reply: AuditReply | { type: 'ack' }) => {
      const pending = this.#pending;
      this.#pending = undefined;
      if (reply.type === 'failed') pending?.reject(failure(reply));
      else pending?.resolve(reply.type === 'ack' ? undefined : reply);
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(new Error(`an audit thread stopped (exit code ${code})`));
    });
  }

  #fail(error: Error): void {
    this.#failed = error;
    this.#pending?.reject(error);
    this.#pending = undefined;
  }

  static start(setup: AuditSetup): Promise<ThreadWorker> {
    const { script, eval: isEval } = workerScript();
    const worker = new Worker(script, { eval: isEval, workerData: setup });
    return new Promise((resolve, reject) => {
      worker.once('message', (reply: AuditReply) => {
        if (reply.type === 'ready') resolve(new ThreadWorker(worker, reply.places));
        else if (reply.type === 'failed') {
          reject(failure(reply));
          void worker.terminate();
        }
      });
      worker.once('error', reject);
    });
  }

  run(task: AuditTask): Promise<AuditReply | undefined> {
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.worker.postMessage(task);
    });
  }
}

class ThreadPool implements AuditPool {
  readonly #idle: ThreadWorker[];
  readonly #waiting: Array<(worker: ThreadWorker) => void> = [];

  constructor(readonly workers: ThreadWorker[]) {
    this.#idle = [...workers];
  }

  get size(): number {
    return this.workers.length;
  }

  get places(): number {
    return this.workers[0]?.places ?? 0;
  }

  async #take(): Promise<ThreadWorker> {
    const worker = this.#idle.pop();
    if (worker) return worker;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #give(worker: ThreadWorker): void {
    const next = this.#waiting.shift();
    if (next) next(worker);
    else this.#idle.push(worker);
  }

  async run(task: AuditTask): Promise<AuditReply | undefined> {
    const worker = await this.#take();
    try {
      return await worker.run(task);
    } finally {
      this.#give(worker);
    }
  }

  async broadcast(task: AuditTask): Promise<void> {
    const all = await Promise.all(this.workers.map(() => this.#take()));
    try {
      await Promise.all(all.map((worker) => worker.run(task)));
    } finally {
      for (const worker of all) this.#give(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
