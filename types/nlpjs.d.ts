// The parts of NLP.js the gateway uses; the packages ship no type declarations.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
    get(name: 'nlp'): import('@nlpjs/nlp').Nlp;
    /** Settings a component reads under its tag (`domain-manager-en`…), merged under its own. */
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite?: boolean): void;
  }
  export function containerBootstrap(settings?: Record<string, unknown>, mustLoadEnv?: boolean): Container;
}

declare module '@nlpjs/nlp' {
  export interface NlpResult {
    intent: string;
    score: number;
    locale: string;
    classifications?: Array<{ intent: string; score: number }>;
  }
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    settings: Record<string, unknown>;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
  /** Snowball stemmer: one stem per word. */
  export class StemmerEn {
    stem(words: string[]): string[];
  }
  export class StopwordsEn {
    isStopword(word: string): boolean;
    readonly dictionary: Record<string, unknown>;
  }
}
declare module '@nlpjs/lang-pt' {
  export const LangPt: unknown;
  /** Snowball stemmer: one stem per word. */
  export class StemmerPt {
    stem(words: string[]): string[];
  }
  export class StopwordsPt {
    isStopword(word: string): boolean;
    readonly dictionary: Record<string, unknown>;
  }
}
declare module '@nlpjs/lang-es' {
  export const LangEs: unknown;
  /** Snowball stemmer: one stem per word. */
  export class StemmerEs {
    stem(words: string[]): string[];
  }
  export class StopwordsEs {
    isStopword(word: string): boolean;
    readonly dictionary: Record<string, unknown>;
  }
}
