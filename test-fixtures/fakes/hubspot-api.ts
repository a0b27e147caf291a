import { FakeApiServer, type FakeReply, type RecordedRequest } from './fake-server.js';

interface CrmObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

/**
 * A HubSpot CRM v3 fake: contacts (create, search; a second contact with the same e-mail is a
 * 409 CONFLICT as in HubSpot), deals (create, with associations kept), tasks (search with the
 * NEQ filter the gateway uses). Private app tokens are checked as Bearer.
 */
export class FakeHubSpotApi extends FakeApiServer {
  readonly contacts: CrmObject[] = [];
  readonly deals: Array<CrmObject & { associations: unknown }> = [];
  readonly tasks: CrmObject[] = [];
  #ids = 100;

  constructor(private readonly accessToken: string) {
    super();
  }

  addTask(subject: string, status: string, due: string): this {
    this.tasks.push(
      this.#object({ hs_task_subject: subject, hs_task_status: status, hs_timestamp: due, hs_task_priority: 'HIGH' }),
    );
    return this;
  }

  protected handle(request: RecordedRequest): FakeReply {
    if (request.headers.authorization !== `Bearer ${this.accessToken}`) {
      return reply(401, {
        status: 'error',
        message: 'Authentication credentials not found.',
        category: 'INVALID_AUTHENTICATION',
      });
    }
    const body = JSON.parse(request.body || '{}') as {
      properties?: Record<string, string>;
      query?: string;
      limit?: number;
      associations?: unknown;
      filterGroups?: Array<{ filters: Array<{ propertyName: string; operator: string; value: string }> }>;
    };
    switch (`${request.method} ${request.path}`) {
      case 'POST /crm/v3/objects/contacts': {
        const email = body.properties?.email;
        const existing = email ? this.contacts.find((c) => c.properties.email === email) : undefined;
        if (existing)
          return reply(409, {
            status: 'error',
            message: `Contact already exists. Existing ID: ${existing.id}`,
            category: 'CONFLICT',
          });
        const contact = this.#object(body.properties ?? {});
        this.contacts.push(contact);
        return reply(201, contact);
      }
      case 'POST /crm/v3/objects/contacts/search': {
        const query = (body.query ?? '').toLowerCase();
        const results = this.contacts
          .filter((c) => Object.values(c.properties).some((v) => v?.toLowerCase().includes(query)))
          .slice(0, body.limit ?? 10);
        return reply(200, { total: results.length, results });
      }
      case 'POST /crm/v3/objects/deals': {
        const deal = { ...this.#object(body.properties ?? {}), associations: body.associations };
        this.deals.push(deal);
        const { associations: _kept, ...shown } = deal;
        return reply(201, shown);
      }
      case 'POST /crm/v3/objects/tasks/search': {
        const filters = body.filterGroups?.flatMap((g) => g.filters) ?? [];
        const results = this.tasks
          .filter((t) =>
            filters.every((f) =>
              f.operator === 'NEQ'
                ? t.properties[f.propertyName] !== f.value
                : t.properties[f.propertyName] === f.value,
            ),
          )
          .sort((a, b) => String(a.properties.hs_timestamp).localeCompare(String(b.properties.hs_timestamp)))
          .slice(0, body.limit ?? 10);
        return reply(200, { total: results.length, results });
      }
      default:
        return reply(404, {
          status: 'error',
          message: `Unknown route ${request.method} ${request.path}`,
          category: 'OBJECT_NOT_FOUND',
        });
    }
  }

  #object(properties: Record<string, string>): CrmObject {
    const now = new Date().toISOString();
    return {
      id: String(this.#ids++),
      properties: { ...properties, hs_object_id: String(this.#ids - 1) },
      createdAt: now,
      updatedAt: now,
      archived: false,
    };
  }
}

function reply(status: number, body: unknown): FakeReply {
  return { status, body: JSON.stringify(body) };
}
