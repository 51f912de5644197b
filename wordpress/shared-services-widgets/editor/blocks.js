/*
 * The block editor's side of the widgets: one block per widget, its options in the sidebar, and the
 * widget itself drawn in the editor (the library's classic script is loaded with this file). The
 * widgets and their options come from window.sharedServicesWidgets, which the plugin prints from the
 * widgets.json its build wrote. Plain script, no build step: it uses WordPress's own packages.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config || !Array.isArray(config.widgets)) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;

  /** The widget's own attributes from the block's: empty options left out, toggles as bare attributes. */
  function widgetProps(widget, attributes) {
    var props = { lang: config.language };
    if (config.geoBase) props['geo-base'] = config.geoBase;
    widget.options.forEach(function (option) {
      var value = attributes[option.name];
      if (option.control === 'toggle') {
        if (value) props[option.name] = '';
      } else if (value !== undefined && value !== null && String(value).trim() !== '') {
        props[option.name] = String(value).trim();
      }
    });
    return props;
  }

  function fileControl(option, value, set) {
    var children = [
      el(c.TextControl, {
        key: 'url',
        label: option.label,
        help: option.help,
        value: value || '',
        onChange: set
      })
    ];
    if (be.MediaUpload) {
      var upload = el(be.MediaUpload, {
        key: 'media',
        allowedTypes: config.mime,
        onSelect: function (media) {
          if (media && media.url) set(media.url);
        },
        render: function (o) {
          return el(c.Button, { variant: 'secondary', isSecondary: true, onClick: o.open }, __('Choose or upload a file', 'shared-services-widgets'));
        }
      });
      // Only people who may upload files see the button.
      children.push(be.MediaUploadCheck ? el(be.MediaUploadCheck, { key: 'check' }, upload) : upload);
    }
    return el('div', { key: option.name, className: 'shared-services-widgets-file', style: { marginBottom: '24px' } }, children);
  }

  function control(option, attributes, setAttributes) {
    var value = attributes[option.name];
    var set = function (next) {
      var change = {};
      change[option.name] = next;
      setAttributes(change);
    };
    switch (option.control) {
      case 'toggle':
        return el(c.ToggleControl, { key: option.name, label: option.label, help: option.help, checked: !!value, onChange: set });
      case 'select':
        return el(c.SelectControl, {
          key: option.name,
          label: option.label,
          help: option.help,
          value: value || '',
          options: [
            {
              value: '',
              label: option.defaultLabel
                ? __('Default', 'shared-services-widgets') + ' (' + option.defaultLabel + ')'
                : __('Default', 'shared-services-widgets')
            }
          ].concat(option.options),
          onChange: set
        });
      case 'file':
        return fileControl(option, value, set);
      case 'number':
        return el(c.TextControl, { key: option.name, type: 'number', label: option.label, help: option.help, value: value || '', onChange: set });
      default:
        return el(c.TextControl, { key: option.name, label: option.label, help: option.help, value: value || '', onChange: set });
    }
  }

  config.widgets.forEach(function (widget) {
    var attributes = {};
    widget.options.forEach(function (option) {
      attributes[option.name] = { type: option.control === 'toggle' ? 'boolean' : 'string' };
    });
    var main = widget.options.filter(function (o) {
      return !o.advanced;
    });
    var more = widget.options.filter(function (o) {
      return main.indexOf(o) < 0;
    });
    wp.blocks.registerBlockType(config.prefix + widget.name, {
      apiVersion: 2,
      title: widget.title,
      description: widget.description,
      category: 'widgets',
      icon: 'chart-area',
      attributes: attributes,
      supports: { html: false },
      edit: function (props) {
        var blockProps = be.useBlockProps ? be.useBlockProps() : {};
        var panels = [
          el(
            c.PanelBody,
            { key: 'main', title: __('Widget', 'shared-services-widgets'), initialOpen: true },
            main.map(function (o) {
              return control(o, props.attributes, props.setAttributes);
            })
          )
        ];
        if (more.length) {
          panels.push(
            el(
              c.PanelBody,
              { key: 'more', title: __('More options', 'shared-services-widgets'), initialOpen: false },
              more.map(function (o) {
                return control(o, props.attributes, props.setAttributes);
              })
            )
          );
        }
        return el(
          Fragment,
          null,
          el(be.InspectorControls, null, panels),
          el('div', blockProps, el(widget.tag, widgetProps(widget, props.attributes)))
        );
      },
      // Drawn on the server, so pages follow the plugin's settings and updates.
      save: function () {
        return null;
      }
    });
  });
})(window.wp, window.sharedServicesWidgets);
