# Signs files with Azure Artifact Signing (formerly Trusted Signing), the cloud service that holds the code-signing
# key: since 2023 such keys live in hardware or a signing service, never in a file on the build machine.
#
#   pwsh -NoProfile -File scripts\sign_with_artifact_signing.ps1 C:\path\setup.exe [more files...]
#
# Inno Setup calls it for Setup and its uninstaller (the release workflow names it as the "artifactsigning" sign
# tool); the workflow signs the bundle's exe, DLLs and PYDs with the official action instead.
#
# Needs, in the environment: ARTIFACT_SIGNING_ENDPOINT (e.g. https://krc.codesigning.azure.net/),
# ARTIFACT_SIGNING_ACCOUNT, ARTIFACT_SIGNING_PROFILE, and the credentials DefaultAzureCredential reads
# (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET). The ArtifactSigning module is installed at the version
# below when missing. Exit status 0 only when every file carries a valid signature afterwards.

param(
    [Parameter(Mandatory, ValueFromRemainingArguments)]
    [string[]]$Paths
)

$ErrorActionPreference = "Stop"
$ModuleVersion = "0.1.24"

foreach ($name in "ARTIFACT_SIGNING_ENDPOINT", "ARTIFACT_SIGNING_ACCOUNT", "ARTIFACT_SIGNING_PROFILE") {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        Write-Error "sign: $name is not set"
        exit 1
    }
}

if (-not (Get-Module -ListAvailable -Name ArtifactSigning | Where-Object { $_.Version -eq $ModuleVersion })) {
    Install-Module -Name ArtifactSigning -RequiredVersion $ModuleVersion -Scope CurrentUser -Force -Repository PSGallery
}
Import-Module ArtifactSigning -RequiredVersion $ModuleVersion

$files = $Paths | ForEach-Object { (Resolve-Path -LiteralPath $_).Path }
$params = @{
    Endpoint               = $env:ARTIFACT_SIGNING_ENDPOINT
    CodeSigningAccountName = $env:ARTIFACT_SIGNING_ACCOUNT
    CertificateProfileName = $env:ARTIFACT_SIGNING_PROFILE
    Files                  = ($files -join ",")
    FileDigest             = "SHA256"
    TimestampRfc3161       = "http://timestamp.acs.microsoft.com"
    TimestampDigest        = "SHA256"
}
Invoke-ArtifactSigning @params

$unsigned = $files | Where-Object { (Get-AuthenticodeSignature -LiteralPath $_).Status -ne "Valid" }
if ($unsigned) {
    Write-Error "sign: no valid signature on: $($unsigned -join ', ')"
    exit 1
}
Write-Host "signed: $($files -join ', ')"
