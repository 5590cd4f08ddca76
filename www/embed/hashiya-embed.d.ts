// Types of the hashiya embed. The core's own types are in ../pkg/hashiya.d.ts (wasm-bindgen).
import type { InitInput } from '../pkg/hashiya.js';

export type Kind = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'QUOTE';
export type EntityKind = Exclude<Kind, 'QUOTE'>;

export interface AnnotateOptions {
  /** Which kinds to paint and report (default: all five). */
  types?: Kind[];
  /** Background colours per kind, e.g. { PER: '#ffe08a' }. Plain CSS colours only. */
  colours?: Partial<Record<Kind, string>>;
  /** The article's language: detected per paragraph by default. */
  lang?: 'auto' | 'ar' | 'en';
  /** Language of the panel (default: from the nearest lang attribute, else English). */
  uiLang?: 'ar' | 'en';
  /** The newsroom's own names, found as entities beside what the model finds (a listed full
   * name wins over the model's pieces of it). */
  names?: { people?: string[]; organisations?: string[]; places?: string[]; other?: string[] };
  /** Show the summary panel (<hashiya-annotator> only; default true). */
  panel?: boolean;
  /** "page" reads the whole element (default); "article" lets hashiya find the body in it. */
  scope?: 'page' | 'article';
  /** The annotations' target source (default: the page URL without its fragment). */
  source?: string;
  /** Where the wasm comes from (default: ../pkg/hashiya_bg.wasm beside this module). */
  wasm?: InitInput;
}

export interface Entity { start: number; end: number; type: EntityKind; text: string; entity: number }
export interface Quote {
  start: number; end: number; text: string;
  speaker: { start: number; end: number; text: string } | null;
  speaker_name: string | null; speaker_entity: number | null;
}
export interface Cluster { id: number; type: EntityKind; name: string; mentions: number }
export interface Speaker { name: string; entity: number | null; quotes: number }

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'classifying';
  created: string;
  generator: { type: 'Software'; name: string };
  body: { type: 'TextualBody'; purpose: 'classifying' | 'identifying' | 'describing'; value: string; format: 'text/plain' }[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

/** What annotate() resolves to and the `hashiya:annotated` event carries as `detail`. */
export interface Annotated {
  element: Element;
  lang: string;
  uiLang: 'ar' | 'en';
  entities: Entity[];
  quotes: Quote[];
  clusters: Cluster[];
  /** Quoted speakers, most quoted first. */
  speakers: Speaker[];
  unattributed: number;
  /** W3C Web Annotations over element.textContent. */
  annotations: WebAnnotation[];
}

export function annotate(element: Element, options?: AnnotateOptions, eventTarget?: EventTarget): Promise<Annotated>;
export function clear(document?: Document): void;
export function load(wasm?: InitInput): Promise<unknown>;
export function normaliseOptions(options?: AnnotateOptions, element?: Element | null): Required<Omit<AnnotateOptions, 'source' | 'wasm'>> & AnnotateOptions;
export function speakers(quotes: Quote[]): { speakers: Speaker[]; unattributed: number };
export function webAnnotations(root: Element, found: { entities: Entity[]; quotes: Quote[]; clusters: Cluster[] }, options: { kinds: Kind[]; source?: string; generator?: string }): WebAnnotation[];
export function anchor(root: Element, annotation: WebAnnotation): Range | null;
export function highlightCss(colours?: Partial<Record<Kind, string>>): string;
export const KINDS: Kind[];

export class HashiyaAnnotator extends HTMLElement {
  readonly target: Element | null;
  options: AnnotateOptions;
  readonly results: Annotated | null;
  annotate(extra?: AnnotateOptions): Promise<Annotated>;
  clear(): void;
  exportAnnotations(): string;
  download(): void;
}

declare global {
  interface HTMLElementTagNameMap { 'hashiya-annotator': HashiyaAnnotator }
  interface HTMLElementEventMap { 'hashiya:annotated': CustomEvent<Annotated> }
}
