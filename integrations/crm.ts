import type { HubSpotConfig } from '../config/index.js';
import { Client } from '@hubspot/api-client';
import { IntegrationError, withDeadline } from './errors.js';

export interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
}

export interface Task {
  id: string;
  subject: string;
  status: string;
  due: string | null;
  priority: string | null;
}

/** The CRM dialogs reach with CREATE LEAD, CREATE DEAL, FIND CONTACT and ACTIVE TASKS. */
export interface Crm {
  /** A contact at the lead stage; returns its id. */
  createLead(lead: { name: string; email?: string; phone?: string; company?: string }): Promise<string>;
  /** A deal in the default pipeline, tied to a contact when one is given; returns its id. */
  createDeal(deal: { name: string; amount?: number; stage?: string; contactId?: string }): Promise<string>;
  findContacts(query: string, limit: number): Promise<Contact[]>;
  /** Tasks not completed, soonest due first. */
  activeTasks(limit: number): Promise<Task[]>;
}

const CONTACT_PROPERTIES = ['firstname', 'lastname', 'email', 'phone', 'company'];
const TASK_PROPERTIES = ['hs_task_subject', 'hs_task_status', 'hs_timestamp', 'hs_task_priority'];
/** HubSpot's association type id for deal → contact (HUBSPOT_DEFINED). */
const DEAL_TO_CONTACT = 3;

/** HubSpot CRM v3 through `@hubspot/api-client`, authenticated with a private app's access token. */
export class HubSpotCrm implements Crm {
  readonly #client: Client;

  constructor(private readonly config: HubSpotConfig) {
    // Retries stay with the caller: a repeated POST would create the record twice.
    this.#client = new Client({
      accessToken: config.accessToken,
      basePath: config.baseUrl.replace(/\/$/, ''),
      numberOfApiCallRetries: 0,
    });
  }

  async createLead(lead: { name: string; email?: string; phone?: string; company?: string }): Promise<string> {
    const [firstname, ...rest] = lead.name.trim().split(/\s+/);
    const properties: Record<string, string> = {
      firstname: firstname ?? '',
      lastname: rest.join(' '),
      lifecyclestage: 'lead',
    };
    if (lead.email) properties.email = lead.email;
    if (lead.phone) properties.phone = lead.phone;
    if (lead.company) properties.company = lead.company;
    const created = await this.#call(
      'create a lead',
      this.#client.crm.contacts.basicApi.create({ properties, associations: [] }),
    );
    return created.id;
  }

  async createDeal(deal: { name: string; amount?: number; stage?: string; contactId?: string }): Promise<string> {
    const properties: Record<string, string> = {
      dealname: deal.name,
      pipeline: 'default',
      dealstage: deal.stage ?? 'appointmentscheduled',
    };
    if (deal.amount !== undefined) properties.amount = String(deal.amount);
    const associations = deal.contactId
      ? [
          {
            to: { id: deal.contactId },
            types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: DEAL_TO_CONTACT }],
          },
        ]
      : [];
    const created = await this.#call(
      'create a deal',
      this.#client.crm.deals.basicApi.create({ properties, associations }),
    );
    return created.id;
  }

  async findContacts(query: string, limit: number): Promise<Contact[]> {
    const found = await this.#call(
      'find contacts',
      this.#client.crm.contacts.searchApi.doSearch({
        query,
        limit,
        properties: CONTACT_PROPERTIES,
        filterGroups: [],
        sorts: [],
        after: '0',
      }),
    );
    return found.results.map((c) => {
      const p = c.properties;
      return {
        id: c.id,
        name: [p.firstname, p.lastname].filter(Boolean).join(' '),
        email: p.email ?? null,
        phone: p.phone ?? null,
        company: p.company ?? null,
      };
    });
  }

  async activeTasks(limit: number): Promise<Task[]> {
    const found = await this.#call(
      'list tasks',
      this.#client.crm.objects.tasks.searchApi.doSearch({
        filterGroups: [{ filters: [{ propertyName: 'hs_task_status', operator: 'NEQ' as never, value: 'COMPLETED' }] }],
        sorts: ['hs_timestamp'],
        properties: TASK_PROPERTIES,
        limit,
        after: '0',
      }),
    );
    return found.results.map((t) => ({
      id: t.id,
      subject: t.properties.hs_task_subject ?? '',
      status: t.properties.hs_task_status ?? '',
      due: t.properties.hs_timestamp ?? null,
      priority: t.properties.hs_task_priority ?? null,
    }));
  }

  async #call<T>(what: string, work: Promise<T>): Promise<T> {
    try {
      return await withDeadline('HubSpot', this.config.timeoutMs, work);
    } catch (err) {
      if (err instanceof IntegrationError) throw err;
      throw new IntegrationError('HubSpot', `could not ${what}: ${describeHubSpotError(err)}`, { cause: err });
    }
  }
}

/** HubSpot's errors carry a code and `{"message": ...}`; the token never appears in them. */
function describeHubSpotError(err: unknown): string {
  const failure = err as { code?: number; body?: { message?: string; category?: string }; message?: string };
  if (failure.code === 401 || failure.code === 403) return `the access token was refused (${failure.code})`;
  if (failure.code === 429) return 'too many requests; try again later';
  if (failure.code) return `answered ${failure.code}${failure.body?.message ? `: ${failure.body.message}` : ''}`;
  return failure.message ?? 'the request failed';
}

export type { HubSpotConfig };
