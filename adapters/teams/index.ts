import { registerChannel } from '../registration.js';
import { AccessTokens } from './access-token.js';
import type { TeamsAddress } from './address.js';
import { SigningKeyDirectory } from './auth.js';
import { teamsWebhook } from './inbound.js';
import { teamsSender } from './outbound.js';
import { teamsSettings } from './settings.js';

export { parseActivity } from './inbound.js';
export { buildActivities, THREAD_RATES } from './outbound.js';
export { connectorFailure } from './errors.js';

/**
 * Microsoft Teams through Azure Bot Service: the Bot Framework Connector protocol spoken
 * directly (jose for the tokens), not through the retired Bot Framework SDK.
 */
export const teams = registerChannel(
  teamsSettings,
  ({ instance, settings, logger, shared }) => {
    const app = {
      appId: settings['Teams App ID'],
      tenantId: settings['Teams Tenant ID'],
      loginUrl: settings['Teams Login URL'],
    };
    return {
      channel: 'teams',
      account: `teams:${app.appId}`,
      webhook: teamsWebhook({
        ...app,
        instanceId: instance.id,
        openIdUrl: settings['Teams OpenID URL'],
        keys: shared.keys,
      }),
      ...teamsSender({
        ...app,
        appPassword: settings['Teams App Password'],
        serviceUrl: settings['Teams Service URL'],
        perSecond: settings['Teams Messages Per Second'],
        tokens: shared.tokens,
        created: shared.created,
        logger,
      }),
    };
  },
  {
    shared: () => ({
      keys: new SigningKeyDirectory(),
      tokens: new AccessTokens(),
      created: new Map<string, TeamsAddress>(),
    }),
  },
);
