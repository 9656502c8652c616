/** The English core texts and zod's English messages: one chunk, loaded when English is chosen. */

export { en as zodEn } from 'zod/locales';
export { en } from './en';
