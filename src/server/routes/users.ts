import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUser } from '../../app/accounts/create-user.js';
import { inviteUser } from '../../app/accounts/invite-user.js';
import { listUsers } from '../../app/accounts/list-users.js';
import { updateUser } from '../../app/accounts/update-user.js';
import { assertManagesUsers } from '../../app/accounts/user-rules.js';
import { userChanges, userInput, userListSchema, userSchema } from '../../contract/users.js';
import { authorizeFirst } from '../authorize.js';
import { idParams } from '../params.js';
import { presentUser } from '../presenters/user.js';
import { contextOf } from '../session.js';

/** Users and their roles: admins only (the use cases refuse everyone else with 403). */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/users', {
    schema: { tags: ['Användare'], summary: 'Alla användare med roll och nämnd (administratörer)', response: { 200: userListSchema } },
  }, async (request) => {
    const list = await listUsers(contextOf(request));
    return { users: list.map(presentUser) };
  });

  app.post('/api/users', {
    onRequest: authorizeFirst(assertManagesUsers),
    schema: {
      tags: ['Användare'],
      summary: 'Skapa en användare (administratörer)',
      description: 'Med ett lösenord, eller med `invite: true` utan lösenord: då får användaren en engångslänk med e-post (giltig i 72 timmar) för att välja lösenordet själv.',
      body: userInput,
      response: { 201: userSchema },
    },
  }, async (request, reply) => {
    const user = await createUser(contextOf(request), request.body);
    return reply.status(201).send(presentUser(user));
  });

  app.patch('/api/users/:id', {
    onRequest: authorizeFirst(assertManagesUsers),
    schema: {
      tags: ['Användare'],
      summary: 'Ändra namn, roll, nämnd, lösenord eller aktiv (administratörer; avslutar användarens sessioner vid ändrad behörighet)',
      params: idParams,
      body: userChanges,
      response: { 200: userSchema },
    },
  }, async (request) => {
    const user = await updateUser(contextOf(request), { userId: request.params.id, ...request.body });
    return presentUser(user);
  });

  app.post('/api/users/:id/invitation', {
    onRequest: authorizeFirst(assertManagesUsers),
    schema: {
      tags: ['Användare'],
      summary: 'Skicka en inbjudan (igen): en engångslänk med e-post, giltig i 72 timmar, för att välja lösenord (administratörer)',
      description: 'Användarens tidigare länkar slutar gälla. En inaktiv användare kan inte bjudas in (409).',
      params: idParams,
      response: { 202: userSchema },
    },
  }, async (request, reply) => {
    const user = await inviteUser(contextOf(request), request.params.id);
    return reply.status(202).send(presentUser(user));
  });
};
