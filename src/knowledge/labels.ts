// How the story names its sides and topics (story.json): the one place replies and commands look them up.
import type { Side, Story, Topic } from "./types.js";

/** A side's label as the story names it (story.json), or its id when the story does not list it. */
export function sideLabel(story: Story, side: Side): string {
  return story.sides.find((s) => s.id === side)?.label ?? side;
}

export function topicLabel(story: Story, topic: Topic): string {
  return story.topics.find((t) => t.id === topic)?.label ?? topic;
}
