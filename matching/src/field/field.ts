import { abbreviations } from '../../vocabulary/abbreviations';
import { targetGroups } from '../../vocabulary/target-groups';
import type { AbbreviationDefinition, ConceptDefinition } from '../../vocabulary/types';
import { Analyser, DEFAULT_ANALYSER_SETTINGS } from '../analyse';
import { compileVocabulary, type Vocabulary } from '../vocabulary';
import { libraryVocabulary } from './build';
import { type FieldModel, textLabels } from './model';

// The library reading is only ever compared, never shown: no evidence words.
const SENSE_SETTINGS = { ...DEFAULT_ANALYSER_SETTINGS, evidence: false };

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
    this.analyser = new Analyser(this.vocabulary, undefined, textLabels(model), model.bias);
    this.senses =
      (model.scoring.weights?.library ?? 0) > 0
        ? new Analyser(libraryVocabulary(), SENSE_SETTINGS)
        : undefined;
  }

  static fromModel(model: FieldModel): Field {
    return new Field(model);
  }
}
