<?php
/**
 * Settings → Treatment compare (options-general.php?page=treatment-compare): the site-wide defaults every block and
 * shortcode inherits, in one option, through the Settings API, for users who can manage_options.
 *
 * @package TreatmentCompare
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Settings group and page slug. */
const TREATMENT_COMPARE_PAGE = 'treatment-compare';

/**
 * A configuration the settings refused, kept for ten minutes for the user who typed it so the form shows it again
 * to be fixed (the saved configuration stays the last good one). Deleted when shown, and by uninstall.php.
 *
 * @return string
 */
function treatment_compare_draft_key() {
	return 'treatment_compare_rejected_config_' . get_current_user_id();
}

/**
 * Registers the option, its sections and fields.
 */
function treatment_compare_register_settings() {
	register_setting(
		TREATMENT_COMPARE_PAGE,
		TREATMENT_COMPARE_OPTION,
		array(
			'type'              => 'array',
			'description'       => 'Site-wide defaults of the Treatment compare widget.',
			'sanitize_callback' => 'treatment_compare_sanitize_defaults',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'treatment_compare_facility', __( 'Your facility', 'treatment-compare' ), 'treatment_compare_section_intro', TREATMENT_COMPARE_PAGE );
	add_settings_section( 'treatment_compare_levels', __( 'Levels of care', 'treatment-compare' ), '__return_false', TREATMENT_COMPARE_PAGE );
	add_settings_section( 'treatment_compare_look', __( 'Look and audience', 'treatment-compare' ), '__return_false', TREATMENT_COMPARE_PAGE );
	add_settings_section( 'treatment_compare_config', __( 'Configuration', 'treatment-compare' ), 'treatment_compare_config_intro', TREATMENT_COMPARE_PAGE );

	$text_fields = array(
		'facility_name' => array( __( 'Facility name', 'treatment-compare' ), 'text', 'Harbor Light Recovery', __( 'Used in the next step and in referral copy.', 'treatment-compare' ) ),
		'phone'         => array( __( 'Admissions phone', 'treatment-compare' ), 'tel', '(555) 010-2345', __( 'Shown as written, and dialled with its digits.', 'treatment-compare' ) ),
		'cta_href'      => array( __( 'Booking or contact link', 'treatment-compare' ), 'text', 'https://example.org/admissions', __( 'An https:, http:, mailto: or tel: link, or a page of this site such as /contact.', 'treatment-compare' ) ),
		'cta_label'     => array( __( 'Link label', 'treatment-compare' ), 'text', __( 'Contact admissions', 'treatment-compare' ), __( 'Empty: “Contact admissions”, in the widget’s language.', 'treatment-compare' ) ),
	);
	foreach ( $text_fields as $key => $field ) {
		add_settings_field(
			'treatment_compare_' . $key,
			$field[0],
			'treatment_compare_text_field',
			TREATMENT_COMPARE_PAGE,
			'treatment_compare_facility',
			array(
				'label_for'   => 'treatment_compare_' . $key,
				'key'         => $key,
				'type'        => $field[1],
				'placeholder' => $field[2],
				'description' => $field[3],
			)
		);
	}

	add_settings_field(
		'treatment_compare_levels',
		__( 'Levels compared', 'treatment-compare' ),
		'treatment_compare_levels_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_levels',
		array(
			'key'         => 'levels',
			'description' => __( 'None ticked: intensive outpatient (IOP) and inpatient.', 'treatment-compare' ),
		)
	);
	add_settings_field(
		'treatment_compare_offers',
		__( 'Levels your facility offers', 'treatment-compare' ),
		'treatment_compare_levels_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_levels',
		array(
			'key'         => 'offers',
			'description' => __( 'None ticked: every level compared. When the answers point to a level you do not offer, the result says so and points to referral help.', 'treatment-compare' ),
		)
	);

	add_settings_field(
		'treatment_compare_theme',
		__( 'Theme', 'treatment-compare' ),
		'treatment_compare_select_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_look',
		array(
			'label_for' => 'treatment_compare_theme',
			'key'       => 'theme',
			'options'   => array(
				''      => __( 'Default (light)', 'treatment-compare' ),
				'light' => __( 'Light', 'treatment-compare' ),
				'dark'  => __( 'Dark', 'treatment-compare' ),
				'auto'  => __( 'Follow the visitor’s system (light or dark)', 'treatment-compare' ),
			),
		)
	);
	add_settings_field(
		'treatment_compare_look',
		__( 'Look', 'treatment-compare' ),
		'treatment_compare_look_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_look'
	);
	add_settings_field(
		'treatment_compare_audience',
		__( 'Who the quiz speaks to', 'treatment-compare' ),
		'treatment_compare_select_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_look',
		array(
			'label_for' => 'treatment_compare_audience',
			'key'       => 'audience',
			'options'   => array(
				''          => __( 'Ask first (for myself, or for someone I care about)', 'treatment-compare' ),
				'self'      => __( 'The visitor, for themselves', 'treatment-compare' ),
				'loved-one' => __( 'Someone looking for help for a loved one', 'treatment-compare' ),
			),
		)
	);
	add_settings_field(
		'treatment_compare_brand_color',
		__( 'Brand colour', 'treatment-compare' ),
		'treatment_compare_color_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_look',
		array( 'label_for' => 'treatment_compare_brand_color' )
	);

	add_settings_field(
		'treatment_compare_config',
		__( 'Facility configuration (JSON)', 'treatment-compare' ),
		'treatment_compare_config_field',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_config',
		array( 'label_for' => 'treatment_compare_config' )
	);
}
add_action( 'admin_init', 'treatment_compare_register_settings' );

/**
 * Adds the page under Settings.
 */
function treatment_compare_add_settings_page() {
	add_options_page(
		__( 'Treatment compare', 'treatment-compare' ),
		__( 'Treatment compare', 'treatment-compare' ),
		'manage_options',
		TREATMENT_COMPARE_PAGE,
		'treatment_compare_settings_page'
	);
}
add_action( 'admin_menu', 'treatment_compare_add_settings_page' );

/**
 * A "Settings" link next to the plugin's Deactivate link.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function treatment_compare_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift(
			$links,
			'<a href="' . esc_url( admin_url( 'options-general.php?page=' . TREATMENT_COMPARE_PAGE ) ) . '">' . esc_html__( 'Settings', 'treatment-compare' ) . '</a>'
		);
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( TREATMENT_COMPARE_FILE ), 'treatment_compare_action_links' );

/**
 * The page. Settings errors are printed by WordPress itself above the form (options-head.php, for pages under
 * Settings).
 */
function treatment_compare_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p>
			<?php esc_html_e( 'Set these once: every Treatment compare block and [treatment_compare] shortcode on the site uses them, unless its own field is filled in.', 'treatment-compare' ); ?>
		</p>
		<form action="options.php" method="post">
			<?php
			settings_fields( TREATMENT_COMPARE_PAGE );
			do_settings_sections( TREATMENT_COMPARE_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Placing the widget', 'treatment-compare' ); ?></h2>
		<p>
			<?php esc_html_e( 'In the block editor, add the “Treatment compare” block (type /treatment). In the Classic editor, a page builder or a widget, use the shortcode, with the configuration JSON between its tags if the page needs its own:', 'treatment-compare' ); ?>
		</p>
		<pre><code>[treatment_compare facility_name="Harbor Light Recovery" phone="(555) 010-2345" levels="iop php inpatient"]
{ "questions": ["substances", "withdrawal", "severity", "relapse", "mental-health", "health", "environment"] }
[/treatment_compare]</code></pre>
		<p>
			<?php esc_html_e( 'Privacy: the widget runs in the visitor’s browser. The plugin makes no request to other sites and stores nothing about visitors; answers never leave the page.', 'treatment-compare' ); ?>
		</p>
	</div>
	<?php
}

/** Intro of the first section. */
function treatment_compare_section_intro() {
	echo '<p>' . esc_html__( 'Leave a field empty to use the widget’s own default.', 'treatment-compare' ) . '</p>';
}

/** Intro of the configuration section. */
function treatment_compare_config_intro() {
	echo '<p>' . esc_html__( 'Optional. Rewords any text, in any language, chooses the comparison rows and the questions, adds your facts per level, or replaces the US help lines (see the widget’s README, “Configuration”). A block’s or shortcode’s own configuration is merged over this one: its names win.', 'treatment-compare' ) . '</p>';
}

/**
 * A text, tel or url input.
 *
 * @param array $args Field arguments.
 */
function treatment_compare_text_field( $args ) {
	$values = treatment_compare_get_defaults();
	$key    = $args['key'];
	// The link is type="text": type="url" would refuse a link on this site (/contact) before the server sees it.
	printf(
		'<input type="%1$s" id="treatment_compare_%2$s" name="%3$s[%2$s]" value="%4$s" placeholder="%5$s" class="regular-text"%6$s>',
		esc_attr( $args['type'] ),
		esc_attr( $key ),
		esc_attr( TREATMENT_COMPARE_OPTION ),
		esc_attr( $values[ $key ] ),
		esc_attr( $args['placeholder'] ),
		'cta_href' === $key ? ' inputmode="url"' : ''
	);
	echo '<p class="description">' . esc_html( $args['description'] ) . '</p>';
}

/**
 * Four checkboxes, one per level.
 *
 * @param array $args Field arguments.
 */
function treatment_compare_levels_field( $args ) {
	$values = treatment_compare_get_defaults();
	$key    = $args['key'];
	$chosen = explode( ' ', $values[ $key ] );
	$names  = array(
		'outpatient' => __( 'Standard outpatient', 'treatment-compare' ),
		'iop'        => __( 'Intensive outpatient (IOP)', 'treatment-compare' ),
		'php'        => __( 'Partial hospitalization (day program)', 'treatment-compare' ),
		'inpatient'  => __( 'Inpatient / residential', 'treatment-compare' ),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html( 'levels' === $key ? __( 'Levels compared', 'treatment-compare' ) : __( 'Levels your facility offers', 'treatment-compare' ) ) . '</legend>';
	foreach ( $names as $id => $name ) {
		printf(
			'<label><input type="checkbox" name="%1$s[%2$s][]" value="%3$s"%4$s> %5$s</label><br>',
			esc_attr( TREATMENT_COMPARE_OPTION ),
			esc_attr( $key ),
			esc_attr( $id ),
			checked( in_array( $id, $chosen, true ), true, false ),
			esc_html( $name )
		);
	}
	echo '</fieldset><p class="description">' . esc_html( $args['description'] ) . '</p>';
}

/**
 * A select.
 *
 * @param array $args Field arguments.
 */
function treatment_compare_select_field( $args ) {
	$values = treatment_compare_get_defaults();
	$key    = $args['key'];
	printf( '<select id="treatment_compare_%1$s" name="%2$s[%1$s]">', esc_attr( $key ), esc_attr( TREATMENT_COMPARE_OPTION ) );
	foreach ( $args['options'] as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $values[ $key ], (string) $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * "Look like the page": a checkbox, the site-wide default of every block and shortcode (each can choose either look).
 */
function treatment_compare_look_field() {
	$values = treatment_compare_get_defaults();
	// As WordPress's own checkboxes (Settings > Reading): a fieldset named for the row, the box named by its label.
	printf(
		'<fieldset><legend class="screen-reader-text">%4$s</legend><label><input type="checkbox" id="treatment_compare_look" name="%1$s[look]" value="page" aria-describedby="treatment_compare_look_help"%2$s> %3$s</label></fieldset>',
		esc_attr( TREATMENT_COMPARE_OPTION ),
		checked( $values['look'], 'page', false ),
		esc_html__( 'Look like the page', 'treatment-compare' ),
		esc_html__( 'Look', 'treatment-compare' )
	);
	echo '<p class="description" id="treatment_compare_look_help">' . esc_html__( 'Your theme’s font and text colour, without the card’s background and padding, so the widget reads as part of the page; light or dark follows the page. Each block and shortcode can still choose either look.', 'treatment-compare' ) . '</p>';
}

/**
 * The brand colour, with a swatch.
 */
function treatment_compare_color_field() {
	$values = treatment_compare_get_defaults();
	printf(
		'<input type="text" id="treatment_compare_brand_color" name="%1$s[brand_color]" value="%2$s" placeholder="#0b6170" size="9" class="code" aria-describedby="treatment_compare_brand_color_help">',
		esc_attr( TREATMENT_COMPARE_OPTION ),
		esc_attr( $values['brand_color'] )
	);
	if ( '' !== $values['brand_color'] ) {
		// The admin has no strict Content-Security-Policy; the swatch's style attribute only shows the saved colour.
		printf(
			' <span aria-hidden="true" style="display:inline-block;width:24px;height:24px;vertical-align:middle;border:1px solid #8c8f94;border-radius:4px;background:%s"></span>',
			esc_attr( $values['brand_color'] )
		);
	}
	echo '<p class="description" id="treatment_compare_brand_color_help">' . esc_html__( 'A hex colour such as #0b6170, for buttons, links and the progress bar in the light theme (the dark theme keeps its own light accent so text on it stays readable). White text sits on it: keep a contrast of at least 4.5:1 with white. Empty: the widget’s teal.', 'treatment-compare' ) . '</p>';
}

/**
 * The configuration textarea. After a refused save it shows the refused text again, to be fixed.
 */
function treatment_compare_config_field() {
	$values = treatment_compare_get_defaults();
	$text   = $values['config'];
	$draft  = get_transient( treatment_compare_draft_key() );
	if ( is_array( $draft ) && isset( $draft['text'], $draft['error'] ) ) {
		delete_transient( treatment_compare_draft_key() );
		$text = (string) $draft['text'];
		echo '<div class="notice notice-error inline"><p>' . esc_html__( 'The text below was not saved:', 'treatment-compare' ) . ' ' . esc_html( (string) $draft['error'] ) . ' '
			. esc_html__( 'Fix it and save again; until then the widget uses the last saved configuration.', 'treatment-compare' ) . '</p></div>';
	}
	printf(
		'<textarea id="treatment_compare_config" name="%1$s[config]" rows="16" class="large-text code" spellcheck="false" placeholder="%2$s">%3$s</textarea>',
		esc_attr( TREATMENT_COMPARE_OPTION ),
		esc_attr( '{ "questions": ["substances", "withdrawal", "severity", "relapse", "mental-health", "health", "environment"] }' ),
		esc_textarea( $text )
	);
	echo '<p class="description">' . esc_html__( 'Checked when you save: invalid JSON is refused with the line and column of the problem, and so is a help line that does not dial exactly the number it shows (in digits 0–9); the last good configuration stays in use. Other mistakes inside valid JSON (an unknown question, a wrong type) are reported by the widget in the browser console, and that part falls back to the default.', 'treatment-compare' ) . '</p>';
}

/**
 * Cleans the submitted settings. An invalid link, colour or configuration is refused with a notice naming the
 * problem, and its last saved value is kept; everything else is saved.
 *
 * @param mixed $input Submitted value.
 * @return array<string, string>
 */
function treatment_compare_sanitize_defaults( $input ) {
	// WordPress calls this twice when the option does not exist yet (update_option, then add_option): once is
	// enough, and the notices must not appear twice.
	static $done = array();
	$memo_key    = md5( wp_json_encode( $input ) );
	if ( isset( $done[ $memo_key ] ) ) {
		return $done[ $memo_key ];
	}

	$old   = treatment_compare_get_defaults();
	$input = is_array( $input ) ? $input : array();
	$clean = array();

	foreach ( treatment_compare_default_keys() as $key ) {
		$raw = isset( $input[ $key ] ) ? $input[ $key ] : '';
		if ( 'config' === $key ) {
			$clean[ $key ] = treatment_compare_sanitize_config_setting( $raw, $old[ $key ] );
			continue;
		}
		$value = treatment_compare_clean_value( $key, $raw );
		$typed = is_scalar( $raw ) ? trim( (string) $raw ) : '';
		if ( '' === $value && '' !== $typed && in_array( $key, array( 'cta_href', 'brand_color' ), true ) ) {
			$value = $old[ $key ];
			// settings_errors() prints the message as HTML: what was typed is escaped.
			add_settings_error(
				TREATMENT_COMPARE_OPTION,
				'treatment_compare_' . $key,
				esc_html(
					'cta_href' === $key
					/* translators: %s: the link as typed. */
					? sprintf( __( 'The booking link “%s” was not saved: use an https:, http:, mailto: or tel: link, or a page of this site (/contact). The previous link is kept.', 'treatment-compare' ), $typed )
					/* translators: %s: the colour as typed. */
					: sprintf( __( 'The brand colour “%s” was not saved: use a hex colour such as #0b6170. The previous colour is kept.', 'treatment-compare' ), $typed )
				),
				'error'
			);
		}
		$clean[ $key ] = $value;
	}

	if ( '' !== $clean['brand_color'] ) {
		$ratio = treatment_compare_contrast_with_white( $clean['brand_color'] );
		if ( $ratio < 4.5 ) {
			add_settings_error(
				TREATMENT_COMPARE_OPTION,
				'treatment_compare_brand_contrast',
				sprintf(
					/* translators: 1: a colour. 2: a contrast ratio such as 3.1. */
					__( 'The brand colour %1$s was saved, but white text on it has a contrast of only %2$s:1; WCAG 2.2 AA needs 4.5:1 for the widget’s buttons and links. A darker shade is easier to read.', 'treatment-compare' ),
					$clean['brand_color'],
					number_format_i18n( $ratio, 1 )
				),
				'warning'
			);
		}
	}

	$done[ $memo_key ] = $clean;
	return $clean;
}

/**
 * The configuration setting: empty, or valid JSON stored re-encoded (so what is stored is exactly what the widget
 * gets). Invalid JSON is refused with a notice naming the problem and its position, and so is a help line the widget
 * would drop (one that does not dial exactly the number it shows, includes/help-lines.php), named by its path; the
 * old value is kept and the refused text is shown again in the form.
 *
 * @param mixed  $raw Submitted text.
 * @param string $old Last saved configuration.
 * @return string
 */
function treatment_compare_sanitize_config_setting( $raw, $old ) {
	$text   = is_string( $raw ) ? $raw : ''; // options.php has unslashed it.
	$parsed = treatment_compare_parse_config( $text );
	$error  = null !== $parsed['error'] ? $parsed['error'] : treatment_compare_describe_help_line_problems( $parsed['config'] );
	if ( null !== $error ) {
		// settings_errors() prints the message as HTML, and it quotes what was typed.
		add_settings_error(
			TREATMENT_COMPARE_OPTION,
			'treatment_compare_config',
			esc_html( $error . ' ' . __( 'The configuration was not saved; the last saved one stays in use. Your other settings were saved.', 'treatment-compare' ) ),
			'error'
		);
		set_transient(
			treatment_compare_draft_key(),
			array(
				'text'  => $text,
				'error' => $error,
			),
			10 * MINUTE_IN_SECONDS
		);
		return $old;
	}
	if ( null === $parsed['config'] ) {
		return '';
	}
	$json = wp_json_encode( $parsed['config'], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return false === $json ? $old : $json;
}

/**
 * WCAG contrast ratio of a colour with white.
 *
 * @param string $color #rrggbb.
 * @return float
 */
function treatment_compare_contrast_with_white( $color ) {
	$luminance = 0.0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $index => $weight ) {
		$channel    = hexdec( substr( $color, 1 + 2 * $index, 2 ) ) / 255;
		$channel    = $channel <= 0.04045 ? $channel / 12.92 : pow( ( $channel + 0.055 ) / 1.055, 2.4 );
		$luminance += $weight * $channel;
	}
	return 1.05 / ( $luminance + 0.05 );
}
