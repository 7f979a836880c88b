import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type TopBarLayout, topBarLayout } from './topBarLayout'

/** The top bar's layout for this window's width and the UI language; follows resizes and zoom. */
export function useTopBarLayout(): TopBarLayout {
	const { i18n } = useTranslation()
	const [width, setWidth] = useState(() => window.innerWidth)
	useEffect(() => {
		const onResize = () => setWidth(window.innerWidth)
		window.addEventListener('resize', onResize)
		return () => window.removeEventListener('resize', onResize)
	}, [])
	return topBarLayout(width, i18n.language)
}
