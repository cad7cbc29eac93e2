/**
 * Editor of the block treatment-compare/widget: a sidebar control for every setting and the configuration JSON, and
 * a live preview of the real widget (rendered by the server, like the published page; the widget's script is loaded
 * into the editor by the plugin).
 *
 * Plain JavaScript on WordPress's globals (wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n,
 * wp.serverSideRender): no build step. Dependencies are listed in editor.asset.php.
 */
( function ( wp ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useMemo = wp.element.useMemo;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var components = wp.components;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var ServerSideRender = wp.serverSideRender;

	var server = window.treatmentCompareEditor || {};
	var defaults = server.defaults || {};

	var LEVELS = [
		[ 'outpatient', __( 'Standard outpatient', 'treatment-compare' ) ],
		[ 'iop', __( 'Intensive outpatient (IOP)', 'treatment-compare' ) ],
		[ 'php', __( 'Partial hospitalization (day program)', 'treatment-compare' ) ],
		[ 'inpatient', __( 'Inpatient / residential', 'treatment-compare' ) ],
	];
	var LEVEL_IDS = LEVELS.map( function ( level ) {
		return level[ 0 ];
	} );

	/** The ids in a levels value, known ones only. */
	function levelList( value ) {
		var given = String( value || '' ).toLowerCase().split( /[\s,]+/ );
		return LEVEL_IDS.filter( function ( id ) {
			return given.indexOf( id ) !== -1;
		} );
	}

	/**
	 * Mirrors the server's check of the booking link (includes/options.php): https, http, mailto, tel or a link on
	 * this site. Returns an error message, or '' when the link will be used.
	 */
	function linkProblem( value ) {
		var url = String( value || '' ).replace( /[\u0000-\u001f\u007f]/g, '' ).trim();
		if ( ! url ) {
			return '';
		}
		if ( url.indexOf( '//' ) === 0 || url.indexOf( '\\' ) !== -1 ) {
			return __( 'This link would leave the site in a way the widget refuses. Write it in full, starting with https://.', 'treatment-compare' );
		}
		var scheme = /^([a-z][a-z0-9+.\-]*):/i.exec( url );
		if ( scheme && [ 'https', 'http', 'mailto', 'tel' ].indexOf( scheme[ 1 ].toLowerCase() ) === -1 ) {
			return sprintf(
				/* translators: %s: a URL scheme such as "javascript:". */
				__( 'Links starting with %s are not allowed: use https:, http:, mailto:, tel: or a page of this site (/contact).', 'treatment-compare' ),
				scheme[ 1 ] + ':'
			);
		}
		return '';
	}

	/**
	 * Checks the configuration JSON. Returns '' when it is empty or a valid object, else what is wrong and where.
	 */
	function configProblem( text ) {
		var trimmed = String( text || '' ).trim();
		if ( ! trimmed ) {
			return '';
		}
		var value;
		try {
			value = JSON.parse( trimmed );
		} catch ( error ) {
			var message = String( ( error && error.message ) || error ).replace( /\.?\s*$/, '.' );
			var position = /position (\d+)/.exec( message );
			var curly = trimmed.search( /[\u201c\u201d\u201e\u2033]/ );
			// Browsers give the position for some errors only; for an unexpected character, point at a curly quote.
			var at = position ? Number( position[ 1 ] ) : curly;
			if ( at >= 0 && ! /\(line \d+/.test( message ) ) {
				var lead = String( text ).length - String( text ).trimStart().length; // positions count from the trimmed text
				var before = String( text ).slice( 0, lead + at ).split( '\n' );
				message += ' ' + sprintf(
					/* translators: 1: line number. 2: column number. */
					__( 'Line %1$d, column %2$d.', 'treatment-compare' ),
					before.length,
					before[ before.length - 1 ].length + 1
				);
			}
			if ( curly !== -1 ) {
				message += ' ' + __( 'It contains curly quotes (“ ”): JSON needs straight double quotes (").', 'treatment-compare' );
			}
			return message;
		}
		if ( ! value || typeof value !== 'object' || Array.isArray( value ) ) {
			return __( 'The configuration must be a JSON object: it starts with { and ends with }.', 'treatment-compare' );
		}
		return '';
	}

	/** "Default: …" help for a field that inherits a site-wide value. */
	function inherits( key ) {
		return defaults[ key ]
			? sprintf(
				/* translators: %s: the site-wide default value. */
				__( 'Empty: the site-wide default (%s).', 'treatment-compare' ),
				defaults[ key ]
			)
			: __( 'Empty: the site-wide default, if one is set.', 'treatment-compare' );
	}

	/** Options of a select, with an empty first choice that inherits the site-wide default. */
	function choices( key, list, emptyLabel ) {
		var label = emptyLabel;
		if ( defaults[ key ] ) {
			var chosen = list.filter( function ( item ) {
				return item[ 0 ] === defaults[ key ];
			} )[ 0 ];
			label = sprintf(
				/* translators: %s: the site-wide default. */
				__( 'Site default (%s)', 'treatment-compare' ),
				chosen ? chosen[ 1 ] : defaults[ key ]
			);
		}
		return [ { value: '', label: label } ].concat(
			list.map( function ( item ) {
				return { value: item[ 0 ], label: item[ 1 ] };
			} )
		);
	}

	/** A group of checkboxes, one per level: a fieldset named by its legend, described by its help. */
	function LevelBoxes( props ) {
		var chosen = levelList( props.value );
		return el(
			components.BaseControl,
			{ id: props.id, help: props.help, className: 'treatment-compare-levels' },
			el(
				'fieldset',
				{ 'aria-describedby': props.id + '__help' },
				el( components.BaseControl.VisualLabel, { as: 'legend' }, props.label ),
				props.ids.map( function ( id ) {
					var level = LEVELS[ LEVEL_IDS.indexOf( id ) ];
					return el( components.CheckboxControl, {
						key: id,
						label: level[ 1 ],
						checked: chosen.indexOf( id ) !== -1,
						onChange: function ( on ) {
							var next = LEVEL_IDS.filter( function ( other ) {
								return other === id ? on : chosen.indexOf( other ) !== -1;
							} );
							props.onChange( next.join( ' ' ) );
						},
					} );
				} )
			)
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var set = function ( key ) {
			return function ( value ) {
				var change = {};
				change[ key ] = value;
				props.setAttributes( change );
			};
		};
		var blockProps = useBlockProps();
		var linkError = linkProblem( attributes.ctaHref );
		var configError = useMemo(
			function () {
				return configProblem( attributes.config );
			},
			[ attributes.config ]
		);
		var shown = levelList( attributes.levels || defaults.levels || 'iop inpatient' );
		var langs = [
			[ 'en', 'English' ],
			[ 'es', 'Español' ],
		];
		if ( attributes.lang && [ 'en', 'es' ].indexOf( attributes.lang ) === -1 ) {
			langs.push( [ attributes.lang, attributes.lang ] );
		}

		var facility = el(
			components.PanelBody,
			{ title: __( 'Facility', 'treatment-compare' ), initialOpen: true },
			el( components.TextControl, {
				label: __( 'Facility name', 'treatment-compare' ),
				value: attributes.facilityName,
				placeholder: defaults.facility_name || '',
				help: inherits( 'facility_name' ),
				onChange: set( 'facilityName' ),
			} ),
			el( components.TextControl, {
				label: __( 'Admissions phone', 'treatment-compare' ),
				type: 'tel',
				value: attributes.phone,
				placeholder: defaults.phone || '(555) 010-2345',
				help: inherits( 'phone' ),
				onChange: set( 'phone' ),
			} ),
			el( components.TextControl, {
				label: __( 'Booking or contact link', 'treatment-compare' ),
				type: 'text', // not "url": a page of this site (/contact) is a good link
				inputMode: 'url',
				value: attributes.ctaHref,
				placeholder: defaults.cta_href || 'https://',
				help: inherits( 'cta_href' ),
				onChange: set( 'ctaHref' ),
			} ),
			linkError
				? el( components.Notice, { status: 'warning', isDismissible: false }, linkError )
				: null,
			el( components.TextControl, {
				label: __( 'Link label', 'treatment-compare' ),
				value: attributes.ctaLabel,
				placeholder: defaults.cta_label || __( 'Contact admissions', 'treatment-compare' ),
				help: inherits( 'cta_label' ),
				onChange: set( 'ctaLabel' ),
			} )
		);

		var levels = el(
			components.PanelBody,
			{ title: __( 'Levels of care', 'treatment-compare' ), initialOpen: false },
			el( LevelBoxes, {
				id: 'treatment-compare-levels',
				label: __( 'Levels compared', 'treatment-compare' ),
				help: defaults.levels
					? sprintf( /* translators: %s: level ids. */ __( 'None ticked: the site-wide default (%s).', 'treatment-compare' ), defaults.levels )
					: __( 'None ticked: IOP and inpatient.', 'treatment-compare' ),
				ids: LEVEL_IDS,
				value: attributes.levels,
				onChange: set( 'levels' ),
			} ),
			el( LevelBoxes, {
				id: 'treatment-compare-offers',
				label: __( 'Levels your facility offers', 'treatment-compare' ),
				help: defaults.offers
					? sprintf( /* translators: %s: level ids. */ __( 'None ticked: the site-wide default (%s).', 'treatment-compare' ), defaults.offers )
					: __( 'None ticked: every level compared. For a level you do not offer, the result points to referral help.', 'treatment-compare' ),
				ids: shown,
				value: attributes.offers,
				onChange: set( 'offers' ),
			} )
		);

		/** A select for the attribute `key`, its first option the site-wide default (see choices). */
		function select( key, label, list, emptyLabel, help ) {
			return el( components.SelectControl, {
				label: label,
				value: attributes[ key ],
				options: choices( key, list, emptyLabel ),
				help: help,
				onChange: set( key ),
			} );
		}

		var display = el(
			components.PanelBody,
			{ title: __( 'Display', 'treatment-compare' ), initialOpen: false },
			select(
				'view',
				__( 'What to show', 'treatment-compare' ),
				[
					[ 'both', __( 'Comparison and quiz', 'treatment-compare' ) ],
					[ 'compare', __( 'Comparison only', 'treatment-compare' ) ],
					[ 'quiz', __( 'Quiz only', 'treatment-compare' ) ],
				],
				__( 'Default (comparison and quiz)', 'treatment-compare' )
			),
			select(
				'theme',
				__( 'Theme', 'treatment-compare' ),
				[
					[ 'light', __( 'Light', 'treatment-compare' ) ],
					[ 'dark', __( 'Dark', 'treatment-compare' ) ],
					[ 'auto', __( "Follow the visitor's system", 'treatment-compare' ) ],
				],
				__( 'Default (light)', 'treatment-compare' )
			),
			select(
				'look',
				__( 'Look', 'treatment-compare' ),
				[
					[ 'page', __( 'Look like the page', 'treatment-compare' ) ],
					[ 'card', __( 'Card', 'treatment-compare' ) ],
				],
				__( 'Site default (card)', 'treatment-compare' ),
				__( 'Look like the page: your theme\u2019s font and text colour, without the card\u2019s background and padding; light or dark follows the page. Card: the widget\u2019s own background, padding and font.', 'treatment-compare' )
			),
			select(
				'audience',
				__( 'Who the quiz speaks to', 'treatment-compare' ),
				[
					[ 'self', __( 'The visitor (for themselves)', 'treatment-compare' ) ],
					[ 'loved-one', __( 'Someone helping a loved one', 'treatment-compare' ) ],
				],
				__( 'Default (the quiz asks first)', 'treatment-compare' )
			),
			// No site-wide default: a site's language comes from each page.
			select( 'lang', __( 'Language', 'treatment-compare' ), langs, __( "The page's language", 'treatment-compare' ) )
		);

		var config = el(
			components.PanelBody,
			{ title: __( 'Configuration (JSON)', 'treatment-compare' ), initialOpen: !! attributes.config },
			el( components.TextareaControl, {
				label: __( 'Facility configuration', 'treatment-compare' ),
				value: attributes.config,
				rows: 10,
				className: 'treatment-compare-config',
				spellCheck: false,
				placeholder: '{ "questions": ["substances", "withdrawal", "severity", "relapse", "mental-health", "health", "environment"] }',
				help: server.hasSiteConfig
					? __( 'Merged over the site-wide configuration: what you write here wins, name by name.', 'treatment-compare' )
					: __( 'Rewords text, chooses rows and questions, adds your facts (see the widget\u2019s README, “Configuration”).', 'treatment-compare' ),
				onChange: set( 'config' ),
			} ),
			configError
				? el(
					components.Notice,
					{ status: 'error', isDismissible: false },
					__( 'Not valid JSON, so it is not used:', 'treatment-compare' ) + ' ' + configError
				)
				: null
		);

		var site = server.settingsUrl
			? el(
				components.PanelBody,
				{ title: __( 'Site-wide defaults', 'treatment-compare' ), initialOpen: false },
				el(
					'p',
					null,
					__( 'Empty fields use the defaults set once for the whole site, including the brand colour.', 'treatment-compare' )
				),
				el( components.ExternalLink, { href: server.settingsUrl }, __( 'Settings → Treatment compare', 'treatment-compare' ) )
			)
			: null;

		return el(
			Fragment,
			null,
			el( InspectorControls, null, facility, levels, display, config, site ),
			el(
				'div',
				blockProps,
				el( ServerSideRender, {
					block: 'treatment-compare/widget',
					attributes: attributes,
					httpMethod: 'POST',
				} )
			)
		);
	}

	wp.blocks.registerBlockType( 'treatment-compare/widget', {
		edit: Edit,
		// Rendered on the server: the post stores only the block's comment with its attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp );
