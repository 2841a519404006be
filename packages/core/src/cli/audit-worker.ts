import { parentPort, workerData } from 'node:worker_threads';
import { AuditSession, type AuditSetup, type AuditTask } from './audit-session.js';
import { CliError } from './load.js';

/** An audit thread: loads the data once, then runs the tasks it is sent, one at a time. */
const port = parentPort;
if (!port) throw new Error('audit-worker runs as a worker thread');
try {
  const session = await AuditSession.open(workerData as AuditSetup);
  port.on('message', (task: AuditTask) => {
    session.run(task).then(
      (reply) => port.postMessage(reply ?? { type: 'ack' }),
      (error: Error) =>
        port.postMessage({ type: 'failed', message: error.stack ?? error.message, cli: false }),
    );
  });
  port.postMessage({ type: 'ready', places: session.places });
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: (error as Error).message,
    cli: error instanceof CliError,
  });
}
