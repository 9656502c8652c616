/// <reference path="../types/snowball-stemmers.d.ts" />
// The reference makes the package's hand-written types visible to every project that compiles this file
// (server, tests), not only to this package's own tsconfig.
import { newStemmer, type Stemmer } from 'snowball-stemmers';

export const swedishSnowball: Stemmer = newStemmer('swedish');
export const englishSnowball: Stemmer = newStemmer('english');
