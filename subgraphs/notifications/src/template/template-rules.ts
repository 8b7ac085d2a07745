import Handlebars from 'handlebars';
import { NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from '../notification/notification-kinds.js';

/**
 * What a notification template may say and how it is rendered: pure rules, no I/O.
 * Templates are Handlebars in strict mode with only `{{variable}}` and `{{#if variable}}…{{/if}}`
 * (`unless` too); the variables are the kind's (notification-kinds.ts). HTML is escaped in email
 * HTML bodies only; every other part is plain text.
 */

export type TemplateLanguage = 'en' | 'hi';
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['en', 'hi'];

/** What stored and logged copies show instead of a secret variable (the delivery OTP). */
export const MASK = '••••••';

/** The content of one template version (what an admin writes). */
export interface TemplateContent {
  /** EMAIL subject; PUSH and IN_APP title. */
  subject: string | null;
  /** Plain text: email text part, SMS, WhatsApp session text, push and in-app body. */
  textBody: string;
  /** EMAIL only. */
  htmlBody: string | null;
  /** WHATSAPP only: the name the template is approved under at Meta, and which variable fills {{1}}, {{2}}, … */
  whatsappTemplateName: string | null;
  whatsappParameterOrder: string[] | null;
  /** SMS only: the DLT (TRAI) content template id the text is registered under. */
  dltTemplateId: string | null;
}

/** A template an admin may not save, or variables a render cannot use: the field and what is wrong. */
export class TemplateProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly variable?: string,
  ) {
    super(message);
    this.name = 'TemplateProblem';
  }
}

/** Meta's rule for template names: lower-case letters, digits and underscores. */
const WHATSAPP_TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;
/** DLT content template ids are 19 digits (TRAI's DLT platforms: Jio, Vi, Airtel, BSNL). */
const DLT_TEMPLATE_ID = /^\d{19}$/;
/** The helpers a template may use; anything else (partials, `each`, `lookup`, custom helpers) is refused. */
const BLOCK_HELPERS = new Set(['if', 'unless']);

export function kindVariables(kind: NotificationKind): readonly string[] {
  return NOTIFICATION_KINDS[kind].variables;
}

export function secretVariables(kind: NotificationKind): readonly string[] {
  const definition = NOTIFICATION_KINDS[kind];
  return 'secret' in definition ? definition.secret : [];
}

/** Which parts a channel's template has: required ones must be there, the others must be absent. */
const CHANNEL_PARTS: Record<NotificationChannel, { subject: boolean; html: boolean; whatsapp: boolean; dlt: boolean }> = {
  EMAIL: { subject: true, html: true, whatsapp: false, dlt: false },
  SMS: { subject: false, html: false, whatsapp: false, dlt: true },
  WHATSAPP: { subject: false, html: false, whatsapp: true, dlt: false },
  PUSH: { subject: true, html: false, whatsapp: false, dlt: false },
  IN_APP: { subject: true, html: false, whatsapp: false, dlt: false },
};

function parse(source: string, field: string): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    throw new TemplateProblem(field, `${field} is not a valid template: ${detail}`);
  }
}

function simpleVariable(node: hbs.AST.Node | undefined): string | null {
  if (!node || node.type !== 'PathExpression') return null;
  const path = node as hbs.AST.PathExpression;
  return !path.data && path.depth === 0 && path.parts.length === 1 && path.original === path.parts[0] ? path.parts[0]! : null;
}

/**
 * The variables a template uses, in order of first appearance; refuses anything but plain text,
 * comments, `{{variable}}` (or `{{{variable}}}`) and `{{#if variable}}`/`{{#unless variable}}` blocks.
 */
export function templateVariables(source: string, field: string, options: { blocks: boolean } = { blocks: true }): string[] {
  const found: string[] = [];
  const note = (name: string) => {
    if (!found.includes(name)) found.push(name);
  };
  const visit = (program: hbs.AST.Program | undefined) => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement': {
          const mustache = statement as hbs.AST.MustacheStatement;
          const name = simpleVariable(mustache.path);
          if (!name || mustache.params.length || mustache.hash?.pairs.length) {
            throw new TemplateProblem(field, `${field}: only {{variable}} is allowed, found {{${sourceOf(mustache.path)}…}}.`);
          }
          note(name);
          break;
        }
        case 'BlockStatement': {
          const block = statement as hbs.AST.BlockStatement;
          const helper = simpleVariable(block.path);
          const name = simpleVariable(block.params[0]);
          if (!options.blocks) throw new TemplateProblem(field, `${field}: blocks ({{#${sourceOf(block.path)}}}) are not allowed here; only fixed text with {{variable}} slots.`);
          if (!helper || !BLOCK_HELPERS.has(helper) || !name || block.params.length !== 1 || block.hash?.pairs.length) {
            throw new TemplateProblem(field, `${field}: only {{#if variable}} and {{#unless variable}} blocks are allowed, found {{#${sourceOf(block.path)}}}.`);
          }
          note(name);
          visit(block.program);
          visit(block.inverse);
          break;
        }
        default:
          throw new TemplateProblem(field, `${field}: ${statement.type.replace(/Statement$/, '').toLowerCase()}s are not allowed; use {{variable}} only.`);
      }
    }
  };
  visit(parse(source, field));
  return found;
}

function sourceOf(node: hbs.AST.Node): string {
  const original = (node as { original?: unknown }).original;
  return typeof original === 'string' ? original : node.type;
}

function assertKnownVariables(kind: NotificationKind, field: string, names: readonly string[]): void {
  const allowed = kindVariables(kind);
  const unknown = names.find((name) => !allowed.includes(name));
  if (unknown !== undefined) {
    throw new TemplateProblem(field, `Unknown variable "${unknown}" in ${field}: ${kind} templates may use ${allowed.join(', ')}.`, unknown);
  }
}

/** Refuses a template that cannot be sent on its channel or uses a variable its kind does not have. */
export function assertValidTemplate(kind: NotificationKind, channel: NotificationChannel, content: TemplateContent): void {
  const parts = CHANNEL_PARTS[channel];
  const present = (value: string | null | undefined) => value !== null && value !== undefined && value.trim() !== '';
  if (!present(content.textBody)) throw new TemplateProblem('textBody', 'textBody is required.');
  if (parts.subject && !present(content.subject)) throw new TemplateProblem('subject', `${channel} templates need a subject${channel === 'EMAIL' ? '' : ' (the title)'}.`);
  if (!parts.subject && present(content.subject)) throw new TemplateProblem('subject', `${channel} templates have no subject.`);
  if (parts.html && !present(content.htmlBody)) throw new TemplateProblem('htmlBody', 'EMAIL templates need an HTML body as well as the text body.');
  if (!parts.html && present(content.htmlBody)) throw new TemplateProblem('htmlBody', 'Only EMAIL templates have an HTML body.');
  if (parts.dlt && !DLT_TEMPLATE_ID.test(content.dltTemplateId ?? '')) {
    throw new TemplateProblem('dltTemplateId', 'SMS templates need the 19-digit DLT template id they are registered under.');
  }
  if (!parts.dlt && present(content.dltTemplateId)) throw new TemplateProblem('dltTemplateId', 'Only SMS templates have a DLT template id.');
  const order = content.whatsappParameterOrder;
  if (parts.whatsapp) {
    if (!WHATSAPP_TEMPLATE_NAME.test(content.whatsappTemplateName ?? '')) {
      throw new TemplateProblem('whatsappTemplateName', 'WHATSAPP templates need the approved template name (lower-case letters, digits and underscores).');
    }
    if (!order?.length) throw new TemplateProblem('whatsappParameterOrder', 'WHATSAPP templates need the parameter order: the variable for {{1}}, {{2}}, …');
    assertKnownVariables(kind, 'whatsappParameterOrder', order);
    const repeated = order.find((name, i) => order.indexOf(name) !== i);
    if (repeated) throw new TemplateProblem('whatsappParameterOrder', `whatsappParameterOrder names "${repeated}" twice.`, repeated);
  } else if (present(content.whatsappTemplateName) || order?.length) {
    throw new TemplateProblem('whatsappTemplateName', 'Only WHATSAPP templates have a template name and parameter order.');
  }
  // SMS must match its DLT registration: fixed text with variable slots, nothing conditional.
  const blocks = channel !== 'SMS';
  assertKnownVariables(kind, 'textBody', templateVariables(content.textBody, 'textBody', { blocks }));
  if (present(content.subject)) assertKnownVariables(kind, 'subject', templateVariables(content.subject!, 'subject'));
  if (present(content.htmlBody)) assertKnownVariables(kind, 'htmlBody', templateVariables(content.htmlBody!, 'htmlBody'));
}

/**
 * The text as registered on the DLT portal: every `{{variable}}` becomes DLT's `{#var#}` slot.
 * What operators compare against the registration (a mismatch is blocked by the operator).
 */
export function dltRegisteredText(textBody: string): string {
  return parse(textBody, 'textBody')
    .body.map((statement) => (statement.type === 'ContentStatement' ? (statement as hbs.AST.ContentStatement).value : statement.type === 'MustacheStatement' ? '{#var#}' : ''))
    .join('');
}

/** The parts of a rendered message, before the service adds the template's identity. */
export interface RenderedContent {
  subject: string | null;
  text: string;
  html: string | null;
  whatsappParameters: string[] | null;
  masked: { subject: string | null; text: string };
}

type Delegate = (context: Record<string, string>) => string;

/**
 * One template version compiled once (versions never change, so the service caches these by id).
 * An isolated Handlebars environment: no helper or partial registered elsewhere reaches it.
 */
export class CompiledTemplate {
  private static readonly handlebars = Handlebars.create();
  private readonly subject: Delegate | null;
  private readonly text: Delegate;
  private readonly html: Delegate | null;
  private readonly used: string[];

  constructor(
    readonly kind: NotificationKind,
    private readonly content: TemplateContent,
  ) {
    const compile = (source: string, escapeHtml: boolean): Delegate =>
      CompiledTemplate.handlebars.compile(source, { strict: true, noEscape: !escapeHtml, knownHelpers: { if: true, unless: true }, knownHelpersOnly: true });
    this.subject = content.subject ? compile(content.subject, false) : null;
    this.text = compile(content.textBody, false);
    this.html = content.htmlBody ? compile(content.htmlBody, true) : null;
    const used = new Set<string>([
      ...templateVariables(content.textBody, 'textBody'),
      ...(content.subject ? templateVariables(content.subject, 'subject') : []),
      ...(content.htmlBody ? templateVariables(content.htmlBody, 'htmlBody') : []),
      ...(content.whatsappParameterOrder ?? []),
    ]);
    this.used = [...used];
  }

  /** Renders with `variables`; every variable the template uses must be given (strings, may be empty). */
  render(variables: Readonly<Record<string, string>>): RenderedContent {
    const missing = this.used.find((name) => typeof variables[name] !== 'string');
    if (missing !== undefined) throw new TemplateProblem('variables', `Variable "${missing}" is missing.`, missing);
    // Only the kind's variables reach the template: nothing else can be looked up.
    const values: Record<string, string> = {};
    for (const name of kindVariables(this.kind)) if (typeof variables[name] === 'string') values[name] = variables[name];
    const masked = { ...values };
    for (const name of secretVariables(this.kind)) if (name in masked) masked[name] = MASK;
    return {
      subject: this.subject?.(values) ?? null,
      text: this.text(values),
      html: this.html?.(values) ?? null,
      whatsappParameters: this.content.whatsappParameterOrder?.map((name) => values[name]!) ?? null,
      masked: { subject: this.subject?.(masked) ?? null, text: this.text(masked) },
    };
  }
}
