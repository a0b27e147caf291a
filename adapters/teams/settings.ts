import { z } from 'zod';
import { defineChannelSettings, httpUrl, nonEmpty, perSecond, secret } from '../../config/index.js';

/** Microsoft Teams through Azure Bot Service (the Bot Framework Connector protocol). */
export const teamsSettings = defineChannelSettings({
  channel: 'teams',
  provider: 'botframework',
  turnedOnBy: 'Teams App ID',
  schema: z.object({
    /** The Microsoft App ID of the Azure Bot registration: the audience of every inbound token. */
    'Teams App ID': nonEmpty,
    /** A client secret of that app registration, for the Connector's access tokens. */
    'Teams App Password': secret(nonEmpty),
    /** The Entra ID tenant of a single-tenant app; without it the app is multi-tenant. */
    'Teams Tenant ID': z
      .string()
      .trim()
      .regex(/^[0-9a-f-]{36}$/i, 'must be a tenant id (a GUID)')
      .optional(),
    /** Where the Bot Framework publishes its signing keys (OpenID metadata). */
    'Teams OpenID URL': httpUrl.default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    /** Entra ID's authority, for access tokens and, with a tenant, its own OpenID metadata. */
    'Teams Login URL': httpUrl.default('https://login.microsoftonline.com'),
    /** The Connector a proactive message goes to when the user has never written (the public one). */
    'Teams Service URL': httpUrl.default('https://smba.trafficmanager.net/teams'),
    /** Teams' limit for an app in a tenant. */
    'Teams Messages Per Second': perSecond.default(50),
  }),
});
