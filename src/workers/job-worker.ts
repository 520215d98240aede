// One worker thread for heavy background jobs (bootstrap stability, opinion maps), started on first use and
// kept for the next job, with a heap cap. A job past its time limit, or a worker that dies (out of memory),
// fails that job only, and the next job starts a fresh worker. Held open while a job runs (someone waits for
// it) and let go of when idle, so that an idle worker keeps no finished process or test run alive.
import { Worker } from 'node:worker_threads';

export type JobWorkerOptions<Answer> = {
  /** The worker's entry (a .mjs that registers tsx and loads the TypeScript). */
  script: URL;
  memoryLimitMb: number;
  timeLimitMs: number;
  /** What the job computes and who computes it, for the errors: "The opinion map took too long.", "The opinion map worker stopped." */
  what: string;
  worker: string;
  /** A reply of the worker (`{ id, … }`) as the job's answer, or the error it reports. */
  read: (reply: { id: number } & Record<string, unknown>) => Answer | Error;
};

export class JobWorker<Request extends object, Answer> {
  private worker: Worker | undefined;
  private next = 1;
  private waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

  constructor(private readonly options: JobWorkerOptions<Answer>) {}

  run(request: Request): Promise<Answer> {
    const worker = this.worker ?? this.start();
    worker.ref();
    const id = this.next++;
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error(`${this.options.what} took too long.`)), this.options.timeLimitMs);
      const settle = () => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (this.waiting.size === 0) this.worker?.unref();
      };
      this.waiting.set(id, { resolve: (a) => (settle(), resolve(a)), reject: (e) => (settle(), reject(e)) });
      worker.postMessage({ id, ...request });
    });
  }

  /** Ends the worker; jobs still running fail. */
  async close(): Promise<void> {
    this.stop(new Error('The server is shutting down.'));
  }

  private start(): Worker {
    const worker = new Worker(this.options.script, { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryLimitMb } });
    worker.unref();
    worker.on('message', (reply: { id: number } & Record<string, unknown>) => {
      const job = this.waiting.get(reply.id);
      if (!job) return;
      const answer = this.options.read(reply);
      if (answer instanceof Error) job.reject(answer);
      else job.resolve(answer);
    });
    const lost = (err?: Error) => {
      if (this.worker === worker) this.stop(err ?? new Error(`${this.options.worker} stopped.`));
    };
    worker.on('error', lost);
    worker.on('exit', () => lost());
    this.worker = worker;
    return worker;
  }

  private stop(reason: Error) {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of [...this.waiting.values()]) job.reject(reason);
    void worker?.terminate();
  }
}
