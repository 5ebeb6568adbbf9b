module.exports = {
  title: 'sprocket',
  tagline: 'Dotfiles, linked.',
  url: 'https://sprocket-rs.github.io',
  baseUrl: '/',
  presets: [['classic', { docs: { path: 'docs' } }]],
};
