// Runs inside the stability worker thread: bootstrap draws are seconds of CPU on a few hundred ranked
// ballots, and in the main thread they would hold up every other request, /health included.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../../core/errors';
import { bootstrapStability } from '../../core/tally/stability';
import type { StabilityRequest, StabilityAnswer } from './stability.runner';

parentPort!.on('message', ({ id, profile, options, resamples, seed }: StabilityRequest & { id: number }) => {
  let answer: StabilityAnswer;
  try {
    answer = { id, stability: bootstrapStability(profile, options, { resamples, seed }) };
  } catch (err) {
    // Bad input (no ballots to draw from) goes back as such, to reach the caller as a 400.
    answer = err instanceof InputError ? { id, error: { input: true, message: err.message, vi: err.vi } } : { id, error: { input: false, message: String(err) } };
  }
  parentPort!.postMessage(answer);
});
