import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOutbox } from '../../app/notifications/list-outbox.js';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from '../../app/notifications/my-notifications.js';
import { getNotificationSettings, setNotificationSettings } from '../../app/notifications/notification-settings.js';
import { canReadOutbox } from '../../app/policies/notification.js';
import {
  notificationListSchema, notificationSettingsInput, notificationSettingsSchema, outboxSchema, unreadCountSchema,
} from '../../contract/notifications.js';
import { AppError } from '../../domain/errors.js';
import { authorizeFirst } from '../authorize.js';
import { idParams } from '../params.js';
import { presentNotification, presentOutboxMessage, presentSettings } from '../presenters/notification.js';
import { contextOf } from '../session.js';

const TAGS = ['Aviseringar'];

/** The signed-in user's notifications and settings, and the admin's outbox of e-mails. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/notifications', {
    schema: { tags: TAGS, summary: 'Mina aviseringar, nyaste först, och hur många som är olästa', response: { 200: notificationListSchema } },
  }, async (request) => {
    const { items, unread } = await listMyNotifications(contextOf(request));
    return { notifications: items.map(presentNotification), unread };
  });

  app.post('/api/notifications/:id/read', {
    schema: { tags: TAGS, summary: 'Markera en av mina aviseringar som läst', params: idParams, response: { 200: unreadCountSchema } },
  }, async (request) => ({ unread: await markNotificationRead(contextOf(request), request.params.id) }));

  app.post('/api/notifications/read-all', {
    schema: { tags: TAGS, summary: 'Markera alla mina aviseringar som lästa', response: { 200: unreadCountSchema } },
  }, async (request) => ({ unread: await markAllNotificationsRead(contextOf(request)) }));

  app.get('/api/session/notification-settings', {
    schema: { tags: TAGS, summary: 'Vilka aviseringar som även kommer med e-post', response: { 200: notificationSettingsSchema } },
  }, async (request) => presentSettings(await getNotificationSettings(contextOf(request))));

  app.put('/api/session/notification-settings', {
    schema: {
      tags: TAGS, summary: 'Välj för varje slag av avisering: bara i appen eller även e-post', body: notificationSettingsInput,
      response: { 200: notificationSettingsSchema },
    },
  }, async (request) => presentSettings(await setNotificationSettings(contextOf(request), request.body.settings)));

  app.get('/api/outbox', {
    onRequest: authorizeFirst((actor) => {
      if (!canReadOutbox(actor)) throw new AppError('forbidden', 'Bara en administratör får läsa utkorgen.');
    }),
    schema: { tags: TAGS, summary: 'Utkorgen: e-post som väntar, är skickad eller misslyckades (administratör)', response: { 200: outboxSchema } },
  }, async (request) => {
    const { items, counts } = await listOutbox(contextOf(request));
    return { messages: items.map(presentOutboxMessage), counts };
  });
};
