using BindingForge.Cli;

return await CliApp.RunAsync(args);
