import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../app/accounts/create-user.js';
import { listUsers } from '../../app/accounts/list-users.js';
import { updateUser } from '../../app/accounts/update-user.js';
import { ROLES } from '../../domain/roles.js';
import { idParams } from '../params.js';
import { presentUser } from '../presenters/user.js';
import { contextOf } from '../session.js';

// The schemas check shapes; the use cases check meaning (a valid address, a committee that fits
// the role, a long enough password), so the command line gets the same rules and messages.
const role = z.enum(ROLES, { error: `Välj en roll: ${ROLES.join(', ')}.` });
const committeeId = z.number({ error: 'ska vara en nämnds id (ett heltal) eller null.' })
  .int('ska vara en nämnds id (ett heltal) eller null.').min(1, 'ska vara ett positivt heltal.').max(2_147_483_647, 'ska vara ett positivt heltal.')
  .nullable();
const password = z.string({ error: 'Ange ett lösenord.' }).max(1000, 'Lösenordet får vara högst 1 000 tecken långt.');
const name = z.string({ error: 'Ange användarens namn.' }).max(1000, 'Namnet är för långt.');

const createBody = z.object({
  email: z.string({ error: 'Ange en e-postadress.' }).max(1000, 'E-postadressen är för lång.'),
  name,
  role,
  committeeId: committeeId.optional(),
  password,
});

const updateBody = z.object({
  name: name.optional(),
  role: role.optional(),
  committeeId: committeeId.optional(),
  active: z.boolean({ error: 'ska vara true eller false.' }).optional(),
  password: password.optional(),
});

/** Users and their roles: admins only (the use cases refuse everyone else with 403). */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/users', {
    schema: { tags: ['Användare'], summary: 'Alla användare med roll och nämnd (administratörer)' },
  }, async (request) => {
    const list = await listUsers(contextOf(request));
    return { users: list.map(presentUser) };
  });

  app.post('/api/users', {
    schema: { tags: ['Användare'], summary: 'Skapa en användare (administratörer)', body: createBody },
  }, async (request, reply) => {
    const user = await createUser(contextOf(request), request.body);
    return reply.status(201).send(presentUser(user));
  });

  app.patch('/api/users/:id', {
    schema: {
      tags: ['Användare'],
      summary: 'Ändra namn, roll, nämnd, lösenord eller aktiv (administratörer; avslutar användarens sessioner vid ändrad behörighet)',
      params: idParams,
      body: updateBody,
    },
  }, async (request) => {
    const user = await updateUser(contextOf(request), { userId: request.params.id, ...request.body });
    return presentUser(user);
  });
};
