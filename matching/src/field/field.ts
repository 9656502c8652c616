import { abbreviations } from '../../vocabulary/abbreviations';
import { targetGroups } from '../../vocabulary/target-groups';
import type { AbbreviationDefinition, ConceptDefinition } from '../../vocabulary/types';
import { Analyser, DEFAULT_ANALYSER_SETTINGS } from '../analyse';
import { compileVocabulary, type Vocabulary } from '../vocabulary';
import { libraryReader } from './build';
import { type FieldModel, type LibraryCounts, textLabels } from './model';

/**
 * A mobilisation's field compiled for reading texts: its kinds of support as the vocabulary's concepts, with its
 * own target groups and abbreviations (else the general language's), and the texts whose kind it has confirmed or
 * refuted.
 */
export class Field {
  readonly vocabulary: Vocabulary;
  readonly analyser: Analyser;
  /**
   * Reads texts with the whole library of kinds of help, where the field's scoring weighs that reading
   * (`weights.library`): a second, finer reading of what a text is about than the field's own kinds.
   */
  readonly senses: Analyser | undefined;
  /**
   * What each library concept (by its index in `senses`' vocabulary) weighs in that reading: less the more of the
   * mobilisation's texts name it (see `FieldModel.library`). Undefined: every concept weighs the same.
   */
  readonly senseScale: Float64Array | undefined;

  private constructor(readonly model: FieldModel) {
    const drawnBy = new Map<string, string>();
    for (const kind of model.kinds) for (const id of kind.draws) drawnBy.set(id, kind.id);
    const groups = model.targetGroups ?? targetGroups;
    const groupIds = new Set(groups.map((g) => g.id));
    const conceptIds = new Set(model.concepts.map((c) => c.id));
    const own = (model.abbreviations ?? []).filter((a) =>
      a.concepts.every(({ id }) => groupIds.has(id) || conceptIds.has(id)),
    );
    const ownNames = new Set(own.map((a) => a.abbreviation.toLowerCase()));
    const remapped: AbbreviationDefinition[] = [];
    for (const entry of abbreviations) {
      // The mobilisation's own meaning of an abbreviation replaces the general one.
      if (ownNames.has(entry.abbreviation.toLowerCase())) continue;
      const concepts = entry.concepts.flatMap(({ id, tier }) => {
        const target = groupIds.has(id) ? id : drawnBy.get(id);
        return target ? [{ id: target, tier }] : [];
      });
      if (concepts.length > 0) remapped.push({ ...entry, concepts });
    }
    // A kind drawn from the library may lean on a general group the mobilisation does not have.
    const concepts: ConceptDefinition[] = model.targetGroups
      ? model.concepts.map((c) => {
          if (!c.boostWithGroups) return c;
          const kept = c.boostWithGroups.groups.filter((g) => groupIds.has(g));
          const { boostWithGroups, ...rest } = c;
          return kept.length > 0 ? { ...rest, boostWithGroups: { ...boostWithGroups, groups: kept } } : rest;
        })
      : model.concepts;
    this.vocabulary = compileVocabulary(concepts, groups, [...remapped, ...own]);
    this.analyser = new Analyser(
      this.vocabulary,
      model.reading ? { ...DEFAULT_ANALYSER_SETTINGS, ...model.reading } : undefined,
      textLabels(model),
      model.bias,
    );
    this.senses = (model.scoring.weights?.library ?? 0) > 0 ? libraryReader() : undefined;
    this.senseScale =
      this.senses && model.library ? rarity(this.senses.vocabulary, model.library) : undefined;
  }

  static fromModel(model: FieldModel): Field {
    return new Field(model);
  }
}

/**
 * A library concept's weight in a field's reading of texts: ln((n + 10) / (named + 1)) for a concept `named` of
 * the `n` texts counted name, as a search engine weighs a rare word above a common one. A concept every text of
 * a large mobilisation names (its field's own topic) tells its pairs apart no more than a stop word does. The
 * ten are texts that name none of them, as if counted beside the mobilisation's: a mobilisation of a handful of
 * texts has not shown yet which concepts all its texts name, so its concepts weigh nearly alike.
 */
export function rarity(library: Vocabulary, counts: LibraryCounts): Float64Array {
  const scale = new Float64Array(library.concepts.length);
  for (const concept of library.concepts) {
    scale[concept.index] = Math.log((counts.texts + UNSEEN) / ((counts.named[concept.id] ?? 0) + 1));
  }
  return scale;
}

const UNSEEN = 10;
