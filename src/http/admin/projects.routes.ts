import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { codelistOptions } from '../../domain/editing/form-options.ts';
import { type Actor, isTransition } from '../../domain/editing/policy.ts';
import type { FormValues } from '../../domain/editing/project-form.ts';
import { projectToFormValues, withBudgetLines } from '../../domain/editing/project-form-values.ts';
import { MergeConflictError, UnauthorizedError, ValidationError } from '../../domain/errors.ts';
import { parseBudgetText } from '../../domain/projects/budget-text.ts';
import type { AdminContext } from '../../views/admin/admin-context.ts';
import { budgetReadingPanel } from '../../views/admin/budget-reading.view.ts';
import { conflictView } from '../../views/admin/conflict.view.ts';
import { type ProjectFormModel, projectFormView } from '../../views/admin/project-form.view.ts';
import { adminProjectsListView } from '../../views/admin/projects-list.view.ts';
import { html } from '../../views/html.ts';
import { renderMarkdown } from '../../views/markdown.ts';
import { actorOf, originOf } from '../auth/session.ts';
import {
  type AdminRouteOptions,
  adminContext,
  field,
  formOf,
  intOf,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from './respond.ts';

type SlugParams = { Params: { slug: string } };

const PAGE_SIZE = 50;

function requireUser(request: FastifyRequest) {
  const actor = actorOf(request);
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** The editor's projects: list, new, edit, save, workflow steps, delete, Markdown preview. */
export async function adminProjectRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  const editing = o.services.editing;

  async function formModel(
    ctx: AdminContext,
    actor: Actor,
    values: FormValues,
    issues: ProjectFormModel['state']['issues'],
    slug?: string,
  ): Promise<ProjectFormModel> {
    const options = { ...codelistOptions(ctx.locale.code), ...(await editing.formOptions()) };
    if (!slug) return { state: { values, issues }, title: '', options };
    const found = await editing.getForEditor(actor, slug);
    return {
      state: { values, issues },
      slug,
      title: found.project.title,
      options,
      workflow: {
        slug,
        state: found.stored.state,
        version: found.stored.version,
        actions: found.actions,
        canDelete: found.canDelete,
        sentBack: found.sentBack,
      },
      lead: found.editable
        ? undefined
        : html`<p class="admin-notice admin-notice--warning">${ctx.t.admin.form.readOnly}</p>`,
    };
  }

  /**
   * "Read the budget" without JavaScript: the form comes back with its lines replaced by what
   * the budget reader (the importers' own) read from the text, and nothing is saved.
   */
  async function readBudget(
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    slug?: string,
  ) {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const parsed = parseBudgetText(values.budgetText?.toString() ?? '');
    const filled = parsed.lines.length > 0 ? withBudgetLines(values, parsed.lines) : values;
    const model = await formModel(ctx, actor, filled, [], slug);
    model.budgetReading = { parsed, filled: parsed.lines.length > 0 };
    return sendAdminPage(reply, projectFormView(model, ctx));
  }

  app.get('/projects', async (request, reply) => {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const query = request.query as Record<string, string | undefined>;
    const page = Math.max(1, intOf(query.page) || 1);
    const filters = { q: query.q ?? '', state: query.state ?? '', mine: query.mine === '1' };
    const { rows, total } = await editing.list(actor, { ...filters, page, pageSize: PAGE_SIZE });
    if (wantsJson(request)) return reply.send({ projects: rows, total, page });
    const hrefFor = (p: number) => {
      const params = new URLSearchParams(
        Object.entries({ ...query, notice: undefined, page: p > 1 ? String(p) : undefined }).filter(
          (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
        ),
      );
      const qs = params.toString();
      return `${request.url.split('?')[0]}${qs ? `?${qs}` : ''}`;
    };
    const model = { rows, total, page, pageSize: PAGE_SIZE, query: filters, hrefFor };
    return sendAdminPage(reply, adminProjectsListView(model, ctx));
  });

  app.get('/projects/new', async (request, reply) => {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const model = await formModel(ctx, actor, { language: o.locale.code }, []);
    return sendAdminPage(reply, projectFormView(model, ctx));
  });

  app.post('/projects', async (request, reply) => {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const values = formOf(request);
    if (field(request, 'readBudget')) return readBudget(request, reply, values);
    try {
      const project = await editing.create(
        actor,
        values,
        field(request, 'message') || null,
        originOf(request),
      );
      if (wantsJson(request))
        return reply
          .code(201)
          .send({ slug: project.slug, version: project.version, state: project.state });
      return redirectTo(reply, ctx, `/projects/${project.slug}/edit`, 'created');
    } catch (error) {
      if (!(error instanceof ValidationError) || wantsJson(request)) throw error;
      const model = await formModel(ctx, actor, values, error.issues);
      return sendAdminPage(reply, projectFormView(model, ctx), 400);
    }
  });

  app.get<SlugParams>('/projects/:slug/edit', async (request, reply) => {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const found = await editing.getForEditor(actor, request.params.slug);
    if (wantsJson(request)) return reply.send({ project: found.project });
    const model = await formModel(
      ctx,
      actor,
      projectToFormValues(found.project),
      [],
      request.params.slug,
    );
    return sendAdminPage(reply, projectFormView(model, ctx));
  });

  app.post<SlugParams>('/projects/:slug', async (request, reply) => {
    const actor = requireUser(request);
    const ctx = adminContext(request, o);
    const { slug } = request.params;
    const values = formOf(request);
    if (field(request, 'readBudget')) return readBudget(request, reply, values, slug);
    const expected = intOf(field(request, 'version'));
    try {
      if (Number.isNaN(expected))
        throw new ValidationError([{ field: 'version', message: 'version is required' }]);
      const { project, merged } = await editing.update(
        actor,
        slug,
        values,
        expected,
        field(request, 'message') || null,
        { ...originOf(request), language: o.locale.code },
      );
      if (wantsJson(request)) return reply.send({ slug, version: project.version, merged });
      if (merged.length === 0) return redirectTo(reply, ctx, `/projects/${slug}/edit`, 'saved');
      return redirectTo(
        reply,
        ctx,
        `/projects/${slug}/edit?fields=${merged.join(',')}`,
        'savedMerged',
      );
    } catch (error) {
      if (wantsJson(request)) throw error;
      if (error instanceof ValidationError) {
        const model = await formModel(ctx, actor, values, error.issues, slug);
        return sendAdminPage(reply, projectFormView(model, ctx), 400);
      }
      if (error instanceof MergeConflictError) {
        // Sent back from a conflict page against the same version: some choice is missing.
        const unresolved = values.base !== undefined && expected === error.currentVersion;
        const rebased = {
          ...error.values,
          version: String(error.currentVersion),
          base: String(error.baseVersion),
        };
        const form = await formModel(ctx, actor, rebased, [], slug);
        const page = conflictView(
          {
            form,
            currentVersion: error.currentVersion,
            conflicts: error.conflicts,
            taken: error.taken,
            unresolved,
          },
          ctx,
        );
        return sendAdminPage(reply, page, 409);
      }
      throw error;
    }
  });

  app.post<{ Params: { slug: string; action: string } }>(
    '/projects/:slug/:action',
    async (request, reply) => {
      const actor = requireUser(request);
      const ctx = adminContext(request, o);
      const { slug, action } = request.params;
      if (action === 'delete') {
        await editing.remove(actor, slug, originOf(request));
        if (wantsJson(request)) return reply.send({ ok: true });
        return redirectTo(reply, ctx, '/projects', 'deleted');
      }
      if (!isTransition(action)) return reply.callNotFound();
      const expected = intOf(field(request, 'version'));
      const project = await editing.transition(
        actor,
        slug,
        action,
        {
          expectedVersion: Number.isNaN(expected) ? undefined : expected,
          comment: field(request, 'comment'),
        },
        originOf(request),
      );
      if (wantsJson(request))
        return reply.send({ slug, state: project.state, version: project.version });
      return redirectTo(reply, ctx, `/projects/${slug}/edit`, 'done');
    },
  );

  // What the budget reader makes of the text as it is typed (admin.js shows it beside the field).
  app.post('/budget-reading', async (request, reply) => {
    requireUser(request);
    const parsed = parseBudgetText(field(request, 'budgetText').slice(0, 20_000));
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(budgetReadingPanel(parsed, adminContext(request, o), { filled: false }).toString());
  });

  app.post('/preview', async (request, reply) => {
    requireUser(request);
    const source = field(request, 'markdown').slice(0, 200_000);
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderMarkdown(source).toString());
  });
}
