import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUser } from '../../app/accounts/create-user.js';
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
    schema: { tags: ['Användare'], summary: 'Skapa en användare (administratörer)', body: userInput, response: { 201: userSchema } },
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
};
