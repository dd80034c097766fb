// The one length cap on a question, in a module of its own: the commands read it without loading the engine,
// whose code the Discord bot loads only once the gateway connection is open (src/main.ts).

/** Questions longer than this are cut before analysis: nobody asks a 4,000-character question. */
export const MAX_QUESTION_LENGTH = 500;
