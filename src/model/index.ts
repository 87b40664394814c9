/**
 * Internal records shared between stages. Public output types live in `src/types.ts`;
 * these carry the token positions and bookkeeping the stages need.
 */
import type { EntityType, MentionKind } from '../types.js';

/** A mention with its token range [first, last) and sentence. */
export interface MentionRec {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
  readonly entity: string;
  readonly first: number;
  readonly last: number;
  readonly sent: number;
}

export interface EntityRec {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly MentionRec[];
  readonly roles: readonly string[];
  readonly affiliations: readonly string[];
  /** Common nouns the text uses for it ("group", "party", "MP"): used to resolve "the group". */
  readonly descriptors: readonly string[];
  readonly gender: 'm' | 'f' | null;
  /** For a proxy group ("sources on X", "a spokesperson for X"), the entity it speaks for. */
  readonly speaksFor: string | null;
}

/** Entities with mentions indexed by token. */
export interface EntityLayer {
  readonly entities: readonly EntityRec[];
  /** Name and alias mentions in text order. */
  readonly mentions: readonly MentionRec[];
}

/** A pronoun or nominal mention resolved to an entity. */
export interface CorefLayer {
  readonly mentions: readonly MentionRec[];
}
