import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, PageInput, ValidationError, assertId, isUuid, requireUserId, pageWindow, toPage, type RequestContext } from '@realserv/platform';
import { NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from '../notification/notification-kinds.js';
import { defaultTemplates } from './default-templates.js';
import { NotificationTemplate } from './notification-template.entity.js';
import type { CreateNotificationTemplateInput, NotificationTemplatesFilter, UpdateNotificationTemplateInput } from './template.inputs.js';
import { CompiledTemplate, TemplateProblem, assertValidTemplate, type TemplateContent, type TemplateLanguage } from './template-rules.js';
import { wordedVariables } from './template-words.js';

export interface RenderedMessage {
  templateId: string;
  templateVersion: number;
  language: 'en' | 'hi';
  /** EMAIL subject, PUSH title, IN_APP title. */
  subject: string | null;
  /** Plain text body (EMAIL text part, SMS, WhatsApp session text, PUSH/IN_APP body). */
  text: string;
  /** EMAIL only. */
  html: string | null;
  /** WHATSAPP only. */
  whatsapp: { templateName: string; language: 'en' | 'hi'; parameters: string[] } | null;
  /** SMS only. */
  dltTemplateId: string | null;
  /** Secrets replaced by '••••••' (what core stores and logs). */
  masked: { subject: string | null; text: string };
}

/** Compiled versions kept per process; versions never change, so an entry never goes stale. */
const MAX_COMPILED = 500;

/**
 * How long this process trusts its copy of the active templates. Writes through this process's
 * TemplateService drop the copy at once; a write on another replica is seen within this time.
 */
export const ACTIVE_TEMPLATES_TTL_MS = 10_000;

/** One stored version as it is rendered (a plain row: no entity in the caller's identity map). */
type TemplateRow = Pick<
  NotificationTemplate,
  'id' | 'kind' | 'channel' | 'language' | 'version' | 'subject' | 'textBody' | 'htmlBody' | 'whatsappTemplateName' | 'whatsappParameterOrder' | 'dltTemplateId'
>;
const ROW_FIELDS = ['id', 'kind', 'channel', 'language', 'version', 'subject', 'textBody', 'htmlBody', 'whatsappTemplateName', 'whatsappParameterOrder', 'dltTemplateId'] as const;

/** A template problem is the admin's input: BAD_USER_INPUT naming the field (and the variable). */
function asValidationError(problem: TemplateProblem): ValidationError {
  return new ValidationError(problem.message, { field: problem.field, ...(problem.variable ? { variable: problem.variable } : {}) });
}

function contentOf(template: TemplateContent): TemplateContent {
  return {
    subject: template.subject,
    textBody: template.textBody,
    htmlBody: template.htmlBody,
    whatsappTemplateName: template.whatsappTemplateName,
    whatsappParameterOrder: template.whatsappParameterOrder,
    dltTemplateId: template.dltTemplateId,
  };
}

/** Empty strings from a form mean "none" for the optional parts. */
function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

export class TemplateService {
  private readonly compiled = new Map<string, CompiledTemplate>();
  /** Stored versions by id: immutable, so kept (bounded like `compiled`). */
  private readonly versions = new Map<string, TemplateRow>();
  /** Every active template, by `kind/channel`, read in one query; dropped on this process's writes and after the TTL. */
  private active: { loadedAt: number; byKindChannel: Map<string, TemplateRow[]> } | null = null;
  /** Bumped by every write: a read of the active set that raced a write is used once, not kept. */
  private generation = 0;

  /** `now` is for tests of the TTL (another replica's write). */
  constructor(
    private readonly activeTtlMs = ACTIVE_TEMPLATES_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The active template for kind/channel in `language`, falling back to 'en'; null when the kind has no template on that channel. */
  async render(em: EntityManager, kind: NotificationKind, channel: NotificationChannel, language: 'en' | 'hi', variables: Record<string, string>): Promise<RenderedMessage | null> {
    const candidates = (await this.activeSet(em)).get(`${kind}/${channel}`) ?? [];
    const template = candidates.find((t) => t.language === language) ?? candidates.find((t) => t.language === 'en');
    return template ? this.renderWith(template, variables) : null;
  }

  /** Forgets the active set (after a template write in this process). */
  invalidate(): void {
    this.generation += 1;
    this.active = null;
  }

  private async activeSet(em: EntityManager): Promise<Map<string, TemplateRow[]>> {
    if (this.active && this.now() - this.active.loadedAt < this.activeTtlMs) return this.active.byKindChannel;
    const generation = this.generation;
    const loadedAt = this.now();
    // All active templates (a few hundred rows at most) in one query, on the caller's transaction.
    const rows: TemplateRow[] = await em.createQueryBuilder(NotificationTemplate).select([...ROW_FIELDS]).where({ active: true }).execute('all');
    const byKindChannel = new Map<string, TemplateRow[]>();
    for (const row of rows) {
      const key = `${row.kind}/${row.channel}`;
      byKindChannel.set(key, [...(byKindChannel.get(key) ?? []), row]);
      this.remember(row);
    }
    // A write in this process while this read ran: used by this caller only, not kept.
    if (generation === this.generation) this.active = { loadedAt, byKindChannel };
    return byKindChannel;
  }

  private remember(row: TemplateRow): void {
    if (this.versions.size >= MAX_COMPILED) this.versions.clear();
    this.versions.set(row.id, row);
  }

  /**
   * Renders one stored version (active or not): a notification queued with version n is sent with
   * version n even when an admin writes n+1 before it goes out. Null for an unknown id.
   */
  async renderVersion(em: EntityManager, templateId: string, variables: Record<string, string>): Promise<RenderedMessage | null> {
    if (!isUuid(templateId)) return null;
    let template = this.versions.get(templateId);
    if (!template) {
      const [row]: TemplateRow[] = await em.createQueryBuilder(NotificationTemplate).select([...ROW_FIELDS]).where({ id: templateId }).execute('all');
      if (!row) return null;
      this.remember((template = row));
    }
    return this.renderWith(template, variables);
  }

  /** Channels that have an active template for the kind (the default channel matrix, as admins left it). */
  async channelsFor(em: EntityManager, kind: NotificationKind): Promise<NotificationChannel[]> {
    const active = await this.activeSet(em);
    const channels = new Set<NotificationChannel>();
    for (const [key, rows] of active) if (rows.length && key.startsWith(`${kind}/`)) channels.add(rows[0]!.channel);
    return [...channels];
  }

  async list(ctx: RequestContext, filter: NotificationTemplatesFilter | undefined, page: PageInput | undefined) {
    const where = {
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(filter?.channel ? { channel: filter.channel } : {}),
      ...(filter?.language ? { language: filter.language } : {}),
      ...(filter?.includeInactive ? {} : { active: true }),
    };
    const [items, total] = await ctx.em.findAndCount(NotificationTemplate, where, {
      orderBy: { kind: 'asc', channel: 'asc', language: 'asc', version: 'desc' },
      ...pageWindow(page),
    });
    return toPage(items, total, page);
  }

  /** A template where none is active; the next version number when earlier ones were deactivated. */
  async create(ctx: RequestContext, input: CreateNotificationTemplateInput): Promise<NotificationTemplate> {
    const createdBy = requireUserId(ctx);
    const content: TemplateContent = {
      subject: orNull(input.subject),
      textBody: input.textBody,
      htmlBody: orNull(input.htmlBody),
      whatsappTemplateName: orNull(input.whatsappTemplateName),
      whatsappParameterOrder: input.whatsappParameterOrder?.length ? input.whatsappParameterOrder : null,
      dltTemplateId: orNull(input.dltTemplateId),
    };
    this.validate(input.kind, input.channel, content);
    const language = input.language as TemplateLanguage;
    try {
      return await ctx.em.transactional(async (em) => {
        const existing = await em.find(NotificationTemplate, { kind: input.kind, channel: input.channel, language }, { orderBy: { version: 'desc' }, limit: 1 });
        if (existing[0]?.active) {
          throw new ConflictError(`${input.kind} already has an active ${input.channel} template in ${language}: update it instead.`, { reason: 'ALREADY_ACTIVE', id: existing[0].id });
        }
        const template = em.create(NotificationTemplate, { kind: input.kind, channel: input.channel, language, version: (existing[0]?.version ?? 0) + 1, createdBy, ...content });
        await em.flush();
        return template;
      });
    } catch (error) {
      // Two admins creating the same template at once: the unique indexes let one through.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This template was just created by someone else.', { reason: 'ALREADY_ACTIVE' });
      throw error;
    }
  }

  /** Writes the next version from the active one (omitted fields kept) and deactivates it, in one transaction. */
  async update(ctx: RequestContext, input: UpdateNotificationTemplateInput): Promise<NotificationTemplate> {
    const createdBy = requireUserId(ctx);
    const id = assertId(input.id);
    try {
      return await ctx.em.transactional(async (em) => {
        // Locked: of two concurrent updates of one version, the second sees it inactive (CONFLICT).
        const current = await em.findOne(NotificationTemplate, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!current) throw new NotFoundError('NotificationTemplate', id);
        if (!current.active) {
          throw new ConflictError('This is not the active version any more: reload the template and apply your change to the latest version.', { reason: 'NOT_ACTIVE' });
        }
        const pick = <K extends keyof TemplateContent>(key: K, value: TemplateContent[K] | undefined): TemplateContent[K] => (value === undefined ? current[key] : value);
        const content: TemplateContent = {
          subject: orNull(pick('subject', input.subject)),
          textBody: pick('textBody', input.textBody),
          htmlBody: orNull(pick('htmlBody', input.htmlBody)),
          whatsappTemplateName: orNull(pick('whatsappTemplateName', input.whatsappTemplateName)),
          whatsappParameterOrder: pick('whatsappParameterOrder', input.whatsappParameterOrder)?.length ? pick('whatsappParameterOrder', input.whatsappParameterOrder) : null,
          dltTemplateId: orNull(pick('dltTemplateId', input.dltTemplateId)),
        };
        this.validate(current.kind, current.channel, content);
        // Deactivated first: the partial unique index allows one active version at a time.
        await em.nativeUpdate(NotificationTemplate, { id: current.id }, { active: false, updatedAt: new Date() });
        const next = em.create(NotificationTemplate, {
          kind: current.kind, channel: current.channel, language: current.language, version: current.version + 1, createdBy, ...content,
        });
        await em.flush();
        return next;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This template was just changed by someone else.', { reason: 'NOT_ACTIVE' });
      throw error;
    } finally {
      this.invalidate();
    }
  }

  /** Stops sending this version (the kind falls back to English on the channel, or stops using it). Idempotent. */
  async deactivate(ctx: RequestContext, id: string): Promise<NotificationTemplate> {
    const template = await ctx.em.findOne(NotificationTemplate, { id: assertId(id) });
    if (!template) throw new NotFoundError('NotificationTemplate', id);
    if (template.active) {
      template.active = false;
      await ctx.em.flush();
      this.invalidate();
    }
    return template;
  }

  /** Renders what a send would use, without sending; variables must be the kind's, and all the template uses. */
  async preview(ctx: RequestContext, kind: NotificationKind, channel: NotificationChannel, language: TemplateLanguage, variables: Array<{ name: string; value: string }>): Promise<RenderedMessage> {
    const allowed: readonly string[] = NOTIFICATION_KINDS[kind].variables;
    const values: Record<string, string> = {};
    // Unknown or repeated names stop the loop, so a long list costs at most the kind's variables + 1 steps.
    for (const { name, value } of variables) {
      if (!allowed.includes(name)) throw new ValidationError(`Unknown variable "${name}": ${kind} templates may use ${allowed.join(', ')}.`, { field: 'variables', variable: name });
      if (name in values) throw new ValidationError(`Variable "${name}" is given twice.`, { field: 'variables', variable: name });
      values[name] = value;
    }
    const template = await this.activeTemplate(ctx.em, kind, channel, language);
    if (!template) throw new NotFoundError(`Active ${channel} template for ${kind}`);
    try {
      return this.renderWith(template, values);
    } catch (error) {
      if (error instanceof TemplateProblem) throw asValidationError(error);
      throw error;
    }
  }

  /**
   * Inserts the default template of every (kind, channel, language) that has never had one.
   * Run at start: a triple an admin edited or deactivated has rows, so it is left alone; two
   * processes starting together both insert version 1, and the unique indexes keep one.
   */
  async ensureDefaults(em: EntityManager): Promise<number> {
    const existing = await em.getConnection().execute<Array<{ kind: string; channel: string; language: string }>>(
      'select distinct kind, channel::text as channel, language from notification_templates',
    );
    const have = new Set(existing.map((row) => `${row.kind}/${row.channel}/${row.language}`));
    const missing = defaultTemplates().filter((t) => !have.has(`${t.kind}/${t.channel}/${t.language}`));
    if (!missing.length) return 0;
    const rows = missing.map((t) => ({ ...new NotificationTemplate(), ...t, version: 1, active: true }));
    // ON CONFLICT DO NOTHING without a target: the racing row may hit the version key or the one-active index first.
    await em.createQueryBuilder(NotificationTemplate).insert(rows).onConflict().ignore().execute();
    this.invalidate();
    return missing.length;
  }

  private validate(kind: NotificationKind, channel: NotificationChannel, content: TemplateContent): void {
    try {
      assertValidTemplate(kind, channel, content);
    } catch (error) {
      if (error instanceof TemplateProblem) throw asValidationError(error);
      throw error;
    }
  }

  private async activeTemplate(em: EntityManager, kind: NotificationKind, channel: NotificationChannel, language: TemplateLanguage): Promise<NotificationTemplate | null> {
    const candidates = await em.find(NotificationTemplate, { kind, channel, active: true, language: { $in: [...new Set([language, 'en' as const])] } });
    return candidates.find((t) => t.language === language) ?? candidates.find((t) => t.language === 'en') ?? null;
  }

  private renderWith(template: TemplateRow, variables: Record<string, string>): RenderedMessage {
    let compiled = this.compiled.get(template.id);
    if (!compiled) {
      if (this.compiled.size >= MAX_COMPILED) this.compiled.clear();
      compiled = new CompiledTemplate(template.kind, contentOf(template));
      this.compiled.set(template.id, compiled);
    }
    // Codes (a ticket's status) become words of the template's own language (template-words.ts).
    const rendered = compiled.render(wordedVariables(template.kind as NotificationKind, template.language, variables));
    return {
      templateId: template.id,
      templateVersion: template.version,
      language: template.language,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      whatsapp:
        template.whatsappTemplateName && rendered.whatsappParameters
          ? { templateName: template.whatsappTemplateName, language: template.language, parameters: rendered.whatsappParameters }
          : null,
      dltTemplateId: template.dltTemplateId,
      masked: rendered.masked,
    };
  }
}
