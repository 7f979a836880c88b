/** A piece of a comment body: plain text, or one "@name" of a mentioned name. */
export interface BodyPart {
	text: string
	mention: boolean
}

/**
 * A body cut into plain text and its "@name" mentions (of the names given; the longest name
 * wins where two start at the same "@"), so the mentions can be shown apart.
 */
export function splitMentions(body: string, mentions: readonly string[]): BodyPart[] {
	const names = [...new Set(mentions.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length)
	const parts: BodyPart[] = []
	let plain = ''
	let i = 0
	while (i < body.length) {
		const name = body[i] === '@' ? names.find((n) => body.startsWith(n, i + 1)) : undefined
		if (name === undefined) {
			plain += body[i]
			i++
			continue
		}
		if (plain) parts.push({ text: plain, mention: false })
		plain = ''
		parts.push({ text: `@${name}`, mention: true })
		i += name.length + 1
	}
	if (plain) parts.push({ text: plain, mention: false })
	return parts
}
