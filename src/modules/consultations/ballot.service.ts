// Casting a ballot, from the API or the HTML form alike: check it against the consultation, then
// hand it to the group-commit writer and wait until it is durable.
import type { Db } from '../../db/connection';
import { checkBallot } from '../../core/consultations/ballot-rules';
import type { BallotInput, BallotSpec } from '../../core/consultations/spec';
import { AppError } from '../../http/errors';
import { sha256 } from '../accounts';
import type { BallotReceipt, BallotWriter } from './ballot.writer';
import { findConsultation } from './consultation.service';

type BallotRules = { spec: BallotSpec; options: ReadonlySet<string> };

export class BallotBox {
  // A consultation's ballot spec and options cannot change once it is open, so they are read once —
  // except in pairwise consultations, where an approved proposal adds an option (possibly through
  // another app process on the same PostgreSQL), so their options are read at every ballot.
  private readonly rules = new Map<string, BallotRules>();

  constructor(
    private readonly db: Db,
    private readonly writer: BallotWriter,
  ) {}

  async cast(consultationId: string, token: string | undefined, input: BallotInput): Promise<BallotReceipt> {
    const rules = await this.rulesFor(consultationId);
    const check = checkBallot(rules.spec, rules.options, input);
    if (!check.ok) throw AppError.of(400, check.problem.code, check.problem.params);
    return this.writer.submit(consultationId, token ? sha256(token) : null, check.choice);
  }

  private async rulesFor(consultationId: string): Promise<BallotRules> {
    const known = this.rules.get(consultationId);
    if (known) return known;
    const { consultation, options } = await findConsultation(this.db, consultationId);
    if (consultation.status !== 'open') throw AppError.of(409, 'consultation.not_open');
    const rules = { spec: consultation.ballot, options: new Set(options.map((o) => o.key)) };
    if (consultation.ballot.type !== 'pairwise') this.rules.set(consultationId, rules);
    return rules;
  }
}
