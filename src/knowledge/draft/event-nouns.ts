// The nouns an article names its event by ("the talks", "the meeting"): kb:add reads a sentence that speaks
// of "the talks" as one about the lede's event (paragraph-facts.ts), and kb:review takes the lede's people and
// place on such a sentence as settled (settled-checks.ts). One list, so the two cannot disagree.
export const EVENT_NOUNS = "talks|meeting|session|encounter|summit|vote|hearing";
/**
 * "the delegations talked for several hours", "both delegations backed …": the event's parties, spoken of as
 * the talks' own, point to the lede's event as "the talks" does (a regular expression's source, no flags).
 */
export const EVENT_PARTIES = "(?:[Tt]he|[Bb]oth|[Tt]he two)\\s+delegations";
