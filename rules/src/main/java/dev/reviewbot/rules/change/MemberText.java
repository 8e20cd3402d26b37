package dev.reviewbot.rules.change;

import java.util.List;

/**
 * A member as compared: its tokens joined, read through the change's renames.
 *
 * @param file index of its file in the change
 * @param header the header with locals as placeholders
 * @param statements the statements with locals as placeholders
 * @param written the statements with the locals' names as written
 */
record MemberText(
    int file, Member member, String header, List<String> statements, List<String> written) {

  /** Equal for members that do the same thing, wherever they are and whatever they are called. */
  String content() {
    return member.kind() + "|" + header + "|" + String.join("\n", statements);
  }
}
