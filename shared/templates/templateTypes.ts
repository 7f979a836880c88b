import type { TLBindingId, TLPageId, TLRecord, TLShapeId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import type { TemplateId } from './templateIds'

/** The language a template writes its canvas text in. */
export type TemplateLang = 'zh' | 'en'

/** A piece of canvas text in both languages. */
export interface LocalizedText {
	zh: string
	en: string
}

/** A point on the canvas. */
export interface Point {
	x: number
	y: number
}

/** A template's name and description in one language. */
export interface TemplateText {
	name: string
	description: string
}

/**
 * Where and how a template is built. Everything a template makes is placed relative to
 * `origin`, so a template can be inserted into an existing board at any point.
 */
export interface TemplateContext {
	/** The page the template's top-level shapes are put on. */
	pageId: TLPageId
	/** Where the template's top-left corner goes, in page coordinates. */
	origin: Point
	/** A new shape id (deterministic in tests, random on the server). */
	createId(): TLShapeId
	/** A new binding id (deterministic in tests, random on the server). */
	createBindingId(): TLBindingId
	/** The language of the labels written on the canvas. */
	lang: TemplateLang
	/**
	 * The highest `index` among the page's existing top-level shapes: the template's
	 * top-level shapes are stacked above it. Null or absent on an empty page.
	 */
	indexAbove?: IndexKey | null
}

/** What a template is, without how it is built: what `GET /api/templates` lists. */
export interface TemplateInfo {
	id: TemplateId
	zh: TemplateText
	en: TemplateText
}

/** A board template: data in `shared/` that produces tldraw records. */
export interface BoardTemplate extends TemplateInfo {
	/** The template's records (shapes and bindings, never pages), placed by `ctx`. */
	build(ctx: TemplateContext): TLRecord[]
}
