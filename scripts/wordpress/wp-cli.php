<?php
/**
 * A few WordPress commands for the test site, without wp-cli (which Debian does not package):
 *
 *   php wp-cli.php install                 wp_install() if the site is not installed yet
 *   php wp-cli.php configure PLUGIN_DIR    theme, options, users with application passwords, activate the plugin
 *                                          in wp-content/plugins/PLUGIN_DIR; prints the site's details as JSON
 *   php wp-cli.php eval 'PHP CODE'         runs code with WordPress loaded (the tests use it to set options)
 *
 * WordPress is loaded as if for a request to http://127.0.0.1:PORT/ so that Debian's wp-config.php finds
 * /etc/wordpress/config-127.0.0.1.php.
 */

$command = $argv[1] ?? '';
$host    = getenv('TC_WP_HOST') ?: '127.0.0.1';
$port    = getenv('TC_WP_PORT') ?: '8890';
$url     = "http://$host:$port";

$_SERVER['HTTP_HOST']       = "$host:$port";
$_SERVER['SERVER_NAME']     = $host;
$_SERVER['SERVER_PORT']     = $port;
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

function tc_fail($message) {
	fwrite(STDERR, "wp-cli.php: $message\n");
	exit(1);
}

if ($command === 'install') {
	define('WP_INSTALLING', true);
}
require '/usr/share/wordpress/wp-load.php';

switch ($command) {
	case 'install':
		if (is_blog_installed()) {
			echo "WordPress is installed\n";
			break;
		}
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$password = wp_generate_password(24, false);
		$result   = wp_install('Treatment compare test site', 'tc-admin', 'tc-admin@example.test', false, '', $password);
		if (empty($result['user_id'])) {
			tc_fail('wp_install() failed');
		}
		echo "WordPress installed\n";
		break;

	case 'configure':
		tc_configure($argv[2] ?? 'treatment-compare', $url);
		break;

	case 'eval':
		eval($argv[2] ?? '');
		break;

	default:
		tc_fail("unknown command \"$command\" (install, configure DIR, eval CODE)");
}

function tc_configure($plugin_dir, $url) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/user.php';
	global $wpdb;

	// The address follows the port (the database may come from a run on another port).
	foreach (array('siteurl', 'home') as $option) {
		if (get_option($option) !== $url) {
			update_option($option, $url);
		}
	}
	update_option('permalink_structure', ''); // plain links: ?p=ID and ?rest_route=/…
	update_option('blog_public', '0');
	update_option('default_comment_status', 'closed');
	update_option('show_avatars', '0'); // no Gravatar images (requests to gravatar.com) in the admin bar
	// A site kept for six months would send the administrator's login to "Is this email still correct?".
	update_option('admin_email_lifespan', time() + 5 * YEAR_IN_SECONDS);

	$theme = wp_get_theme('twentytwentythree');
	if (!$theme->exists()) {
		tc_fail('theme twentytwentythree not found in ' . get_theme_root());
	}
	if (get_stylesheet() !== 'twentytwentythree') {
		switch_theme('twentytwentythree');
	}

	if (!wp_is_application_passwords_available()) {
		tc_fail('application passwords are not available (WP_ENVIRONMENT_TYPE is ' . wp_get_environment_type() . ')');
	}

	$state_file = getenv('TC_WP_DIR') . '/state.json';
	$previous   = is_readable($state_file) ? json_decode(file_get_contents($state_file), true) : array();
	$users      = array();
	foreach (array('administrator' => 'tc-admin', 'editor' => 'tc-editor', 'author' => 'tc-author') as $role => $login) {
		$password = $previous['users'][$role]['password'] ?? wp_generate_password(24, false);
		$user     = get_user_by('login', $login);
		if (!$user) {
			$id = wp_insert_user(array(
				'user_login'   => $login,
				'user_pass'    => $password,
				'user_email'   => "$login@example.test",
				'display_name' => ucfirst($role) . ' (tests)',
				'role'         => $role,
			));
			if (is_wp_error($id)) {
				tc_fail("could not create $login: " . $id->get_error_message());
			}
			$user = get_user_by('id', $id);
		} else {
			if (!wp_check_password($password, $user->user_pass, $user->ID)) {
				wp_set_password($password, $user->ID);
			}
			if (!in_array($role, (array) $user->roles, true)) {
				$user->set_role($role);
			}
		}
		// The block editor opens without its welcome guide (a modal that would cover the inserter).
		update_user_meta($user->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
			'core/edit-post' => array('welcomeGuide' => false, 'isComplementaryAreaVisible' => true),
			'_modified'      => gmdate('c'),
		));
		// One application password per user for the REST API: the one in state.json while it still works (so a
		// second setup does not lock out a run that is using it), else a new one.
		$app_password = $previous['users'][$role]['application_password'] ?? '';
		$valid        = false;
		foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
			if ($item['name'] !== 'treatment-compare tests') {
				continue;
			}
			if (!$valid && $app_password !== '' && wp_check_password($app_password, $item['password'], $user->ID)) {
				$valid = true;
			} else {
				WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
			}
		}
		if (!$valid) {
			$created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'treatment-compare tests'));
			if (is_wp_error($created)) {
				tc_fail("could not create an application password for $login: " . $created->get_error_message());
			}
			$app_password = $created[0];
		}
		$users[$role] = array(
			'id'                   => $user->ID,
			'login'                => $login,
			'password'             => $password,
			'application_password' => $app_password,
		);
	}

	// The plugin: the one plugin file in wp-content/plugins/$plugin_dir.
	wp_clean_plugins_cache(false);
	$plugin_file = null;
	foreach (array_keys(get_plugins()) as $file) {
		if (strpos($file, $plugin_dir . '/') === 0) {
			$plugin_file = $file;
		}
	}
	if (!$plugin_file) {
		tc_fail("no plugin found in " . WP_PLUGIN_DIR . "/$plugin_dir");
	}
	if (!is_plugin_active($plugin_file)) {
		ob_start();
		$result = activate_plugin($plugin_file);
		$output = ob_get_clean();
		if (is_wp_error($result)) {
			tc_fail("activate_plugin($plugin_file): " . $result->get_error_message() . ($output ? "\n$output" : ''));
		}
	}
	$plugin = get_plugin_data(WP_PLUGIN_DIR . '/' . $plugin_file, false, false);

	$state = array(
		'url'       => $url,
		'wordpress' => get_bloginfo('version'),
		'php'       => PHP_VERSION,
		'mysql'     => $wpdb->db_server_info(),
		'theme'     => get_stylesheet(),
		'plugin'    => array('file' => $plugin_file, 'version' => $plugin['Version'], 'name' => $plugin['Name']),
		'users'     => $users,
	);
	file_put_contents($state_file, json_encode($state, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
	chmod($state_file, 0600);
	printf("WordPress %s, PHP %s, %s; theme %s; plugin %s %s active\n", $state['wordpress'], $state['php'], $state['mysql'], $state['theme'], $plugin['Name'], $plugin['Version']);
}
