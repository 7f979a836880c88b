import { useTranslation } from 'react-i18next'

/**
 * "在此设备上退出" in the board menu, for shared and projector computers. It only asks:
 * the menu closes, and `SignOutDialog` (kept by the board menu) confirms and does it.
 */
export function SignOutMenuItem({ onChoose }: { onChoose(): void }) {
	const { t } = useTranslation()
	return (
		<>
			<div className="nd-menu__section">{t('signOut.section')}</div>
			<button
				type="button"
				role="menuitem"
				className="nd-menu__item"
				data-testid="sign-out-device"
				title={t('signOut.hint')}
				onClick={onChoose}
			>
				{t('signOut.action')}
			</button>
		</>
	)
}
