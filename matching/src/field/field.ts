import { abbreviations } from '../../vocabulary/abbreviations';
import { targetGroups } from '../../vocabulary/target-groups';
import type { AbbreviationDefinition } from '../../vocabulary/types';
import { Analyser } from '../analyse';
import { compileVocabulary, type Vocabulary } from '../vocabulary';
import { type FieldModel, textLabels } from './model';

/**
 * A mobilisation's field compiled for reading texts: its kinds of support as the vocabulary's concepts, with the
 * target groups and abbreviations of the general language, and the texts whose kind it has confirmed or refuted.
 */
export class Field {
  readonly vocabulary: Vocabulary;
  readonly analyser: Analyser;

  private constructor(readonly model: FieldModel) {
    const drawnBy = new Map<string, string>();
    for (const kind of model.kinds) for (const id of kind.draws) drawnBy.set(id, kind.id);
    const groupIds = new Set(targetGroups.map((g) => g.id));
    const remapped: AbbreviationDefinition[] = [];
    for (const entry of abbreviations) {
      const concepts = entry.concepts.flatMap(({ id, tier }) => {
        const target = groupIds.has(id) ? id : drawnBy.get(id);
        return target ? [{ id: target, tier }] : [];
      });
      if (concepts.length > 0) remapped.push({ ...entry, concepts });
    }
    this.vocabulary = compileVocabulary(model.concepts, targetGroups, remapped);
    this.analyser = new Analyser(this.vocabulary, undefined, textLabels(model), model.bias);
  }

  static fromModel(model: FieldModel): Field {
    return new Field(model);
  }
}
