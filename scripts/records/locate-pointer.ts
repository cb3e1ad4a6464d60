import { parse as parseWithLocations, type AnyNode } from "@humanwhocodes/momoa";
import type { Position } from "./text-position.ts";
import { pointerSegments } from "./json-pointer.ts";

export type PointerLocator = (pointer: string, target?: "value" | "key") => Position;

/**
 * Maps JSON Pointers in a record's text to line and column. The text is parsed with positions
 * only when a finding needs one, which keeps the common clean run fast.
 */
export function createPointerLocator(text: string): PointerLocator {
  let root: AnyNode | undefined;
  return (pointer, target = "value") => {
    if (!root) {
      try {
        root = parseWithLocations(text, { mode: "json" }).body;
      } catch {
        return { line: 1, column: 1 };
      }
    }
    return locate(root, pointer, target);
  };
}

/** The deepest node the pointer reaches; for a missing property, the object that lacks it. */
function locate(root: AnyNode, pointer: string, target: "value" | "key"): Position {
  let node = root;
  let keyNode: AnyNode | undefined;
  const segments = pointerSegments(pointer);
  for (const segment of segments) {
    let next: AnyNode | undefined;
    keyNode = undefined;
    if (node.type === "Object") {
      const member = node.members.findLast((candidate) => memberName(candidate.name) === segment);
      if (member) {
        next = member.value;
        keyNode = member.name;
      }
    } else if (node.type === "Array" && /^(0|[1-9][0-9]*)$/.test(segment)) {
      next = node.elements[Number(segment)]?.value;
    }
    if (!next) return node.loc.start;
    node = next;
  }
  return (target === "key" && keyNode ? keyNode : node).loc.start;
}

function memberName(name: AnyNode): string | undefined {
  if (name.type === "String") return name.value;
  if (name.type === "Identifier") return name.name;
  return undefined;
}
