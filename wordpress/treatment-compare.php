<?php
/**
 * Plugin Name:       Treatment compare
 * Description:       Helps visitors compare intensive outpatient and inpatient addiction treatment and see which level of care may fit: the treatment-compare widget as a block and a shortcode, with site-wide defaults.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            treatment-compare contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       treatment-compare
 *
 * @package TreatmentCompare
 */

/*
 * Copyright (C) treatment-compare contributors.
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of the GNU General
 * Public License as published by the Free Software Foundation; either version 2 of the License, or (at your
 * option) any later version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the
 * implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for
 * more details.
 *
 * The widget it ships (assets/treatment-compare.iife.js) is MIT-licensed and bundles Lit (BSD-3-Clause); both are
 * GPL-compatible. Their notices are in assets/treatment-compare.iife.js.LICENSE.txt.
 *
 * The version above, the constant below, block.json's and readme.txt's "Stable tag" are written from package.json
 * by scripts/wordpress-zip.mjs when `npm run build` makes the zip; the source holds a placeholder.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TREATMENT_COMPARE_VERSION', '0.0.0-dev' );
define( 'TREATMENT_COMPARE_FILE', __FILE__ );
define( 'TREATMENT_COMPARE_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/json.php';
require_once __DIR__ . '/includes/help-lines.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/privacy.php';
