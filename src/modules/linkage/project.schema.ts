// Request and response shapes of regional projects (zod; they also make the OpenAPI document).
import { z } from 'zod';
import { projectStatuses } from './linkage.table';
import { spaceParams } from './linkage.schema';

const textIn = z.object({ vi: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500).nullable().default(null) });
const textOut = z.object({ vi: z.string(), en: z.string().nullable() });
const localityId = z.string().max(20);
const percent = z.number().min(0).max(100);

export const projectParams = spaceParams.extend({ projectId: z.uuid() });
export const shareParams = projectParams.extend({ localityId });

export const projectBody = z.object({
  name: textIn,
  localities: z.array(localityId).min(2).max(70).describe('member localities of the region the project spans (at least two)'),
  sector: z.string().max(40),
  totalCost: z.number().min(0).max(1e9).describe('billion đồng'),
  costShares: z.record(localityId, percent).default({}).describe('percent of the total cost each of its localities bears'),
  centralRequested: percent.default(0).describe('percent of the total cost requested from the central budget; with the localities’ shares at most 100'),
  centralGranted: percent.nullable().default(null).describe('percent granted (at most what was requested); null while undecided'),
  status: z.enum(projectStatuses),
  steering: textIn.describe("the steering party: the region's coordinating body"),
  agreementId: z.uuid().nullable().default(null).describe('the agreement the project carries out, if any'),
});

export const shareBody = z.object({ percent: percent.describe("the locality's share of the total cost") });

const localityOut = z.object({ id: z.string(), name: z.string(), nameEn: z.string(), successor: z.object({ id: z.string(), name: z.string() }) });
const amount = z.number().describe('billion đồng');

export const projectResponse = z
  .object({
    id: z.uuid(),
    name: textOut,
    localities: z.array(localityOut),
    sector: z.string(),
    totalCost: amount,
    costShares: z.array(z.object({ locality: localityOut, percent: z.number(), amount, editable: z.boolean() })).describe('one line per locality of the project, 0 % where none is given'),
    central: z.object({ requestedPercent: z.number(), requestedAmount: amount, grantedPercent: z.number().nullable(), grantedAmount: amount.nullable() }),
    unassignedPercent: z.number().describe('100 less the localities’ shares and the central budget requested'),
    status: z.enum(projectStatuses),
    steering: textOut,
    agreement: z.object({ id: z.uuid(), title: textOut }).nullable(),
    illustrativeNote: z.string().nullable(),
    editable: z.boolean().describe('the caller may change the whole project (coordinators)'),
  })
  .meta({ id: 'LinkageProject' });

export const projectListResponse = z.object({ projects: z.array(projectResponse) });
