<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DataSource</name>
    <message>
        <source>There is no dataset to train on.</source>
        <translation>Il n&apos;y a aucun jeu de données pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Click “{button}”, or pick another dataset.</source>
        <translation>Cliquez sur «&#xa0;{button}&#xa0;» ou choisissez un autre jeu de données.</translation>
    </message>
    <message>
        <source>The {dataset} data could not be loaded: {error}</source>
        <translation>Impossible de charger les données «&#xa0;{dataset}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Adapt the network to the dataset</source>
        <translation>Adapter le réseau aux données</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>What the network learns from</source>
        <translation>Les données dont le réseau apprend</translation>
    </message>
    <message>
        <source>The dataset to train on; the description below says what it is</source>
        <translation>Le jeu de données d&apos;entraînement&#xa0;; la description ci-dessous dit ce qu&apos;il contient</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Data details</source>
        <translation>Détails des données</translation>
    </message>
    <message>
        <source>How the data is generated and split</source>
        <translation>Comment les données sont générées et partagées</translation>
    </message>
    <message>
        <source>How many points to generate (train and test together)</source>
        <translation>Nombre de points à générer (entraînement et test ensemble)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Standard deviation of random noise added to every point</source>
        <translation>Écart type du bruit aléatoire ajouté à chaque point</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Share of the samples held back as a test set: never trained on, used to see how well the network generalises</source>
        <translation>Part des échantillons mise de côté comme données de test&#xa0;: jamais utilisée pour l&apos;entraînement, elle montre si le réseau généralise bien</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Données de test</translation>
    </message>
    <message>
        <source>Seed of the random numbers that generate and split the data: the same seed gives the same points</source>
        <translation>Graine des nombres aléatoires qui génèrent et partagent les données&#xa0;: la même graine donne les mêmes points</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Read a table of numbers with one label column</source>
        <translation>Lire un tableau de nombres avec une colonne d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Import MNIST IDX…</source>
        <translation>Importer MNIST IDX…</translation>
    </message>
    <message>
        <source>Read MNIST-style IDX image and label files</source>
        <translation>Lire des fichiers IDX d&apos;images et d&apos;étiquettes au format MNIST</translation>
    </message>
    <message>
        <source>{0} training, {1} test samples.</source>
        <translation>{0} échantillons d&apos;entraînement, {1} de test.</translation>
    </message>
    <message>
        <source>{0} training samples, no test set.</source>
        <translation>{0} échantillons d&apos;entraînement, pas de données de test.</translation>
    </message>
    <message>
        <source>Could not import the data</source>
        <translation>Impossible d&apos;importer les données</translation>
    </message>
    <message>
        <source>Open IDX images (e.g. train-images-idx3-ubyte)</source>
        <translation>Ouvrir les images IDX (p. ex. train-images-idx3-ubyte)</translation>
    </message>
    <message>
        <source>Open the matching IDX labels (e.g. train-labels-idx1-ubyte)</source>
        <translation>Ouvrir les étiquettes IDX correspondantes (p. ex. train-labels-idx1-ubyte)</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>Importer des données CSV</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>IDX files (*idx* *.gz);;All files (*)</source>
        <translation>Fichiers IDX (*idx* *.gz);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DiagnosisNotice</name>
    <message>
        <source>The loss has stopped improving:</source>
        <translation>La perte ne diminue plus&#xa0;:</translation>
    </message>
    <message>
        <source>This run did not learn:</source>
        <translation>Le réseau n&apos;a pas appris&#xa0;:</translation>
    </message>
    <message>
        <source>One click: {fix} (fresh weights, one undo step)</source>
        <translation>En un clic&#xa0;: {fix} (nouveaux poids, une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>One click: {fix}</source>
        <translation>En un clic&#xa0;: {fix}</translation>
    </message>
</context>
<context>
    <name>DocumentFollower</name>
    <message>
        <source>Training stopped: another network was opened.</source>
        <translation>Entraînement arrêté&#xa0;: un autre réseau a été ouvert.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Adapt the network to the dataset</source>
        <translation>Adapter le réseau aux données</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Start, pause and step the training</source>
        <translation>Lancer, mettre en pause et avancer l&apos;entraînement pas à pas</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Train one mini-batch, then pause</source>
        <translation>Entraîner sur un mini-lot, puis faire une pause</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete</source>
        <translation>Entraîner jusqu&apos;à la fin de l&apos;époque en cours</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>New initial weights from the initialisation and seed below, and a cleared loss curve (one undo step). The same seed repeats the same run.</source>
        <translation>Nouveaux poids initiaux selon l&apos;initialisation et la graine ci-dessous, et courbe de perte effacée (une seule étape d&apos;annulation). La même graine refait le même entraînement.</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lent</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Epochs completed, mini-batches (steps) trained, and the current training speed</source>
        <translation>Époques terminées, mini-lots (pas) entraînés et vitesse actuelle de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Change the network&apos;s inputs, outputs and output activation (one undo step) and the loss, so that it fits the chosen data</source>
        <translation>Modifier les entrées, les sorties et la fonction d&apos;activation de sortie du réseau (une seule étape d&apos;annulation) ainsi que la perte, pour qu&apos;ils conviennent aux données choisies</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the suggested pairing (network changes are one undo step)</source>
        <translation>Appliquer la combinaison proposée (les changements du réseau s&apos;annulent en une étape)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miens</translation>
    </message>
    <message>
        <source>Hide this suggestion and keep the current settings</source>
        <translation>Masquer cette suggestion et garder les réglages actuels</translation>
    </message>
    <message>
        <source>The loss function training minimises</source>
        <translation>La fonction de perte que l&apos;entraînement minimise</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Poids de départ</translation>
    </message>
    <message>
        <source>How the weights start (Reset) and the L2 penalty on them</source>
        <translation>Départ des poids (Réinitialiser) et pénalité L2 sur les poids</translation>
    </message>
    <message>
        <source>How Reset draws the initial weights (biases start at 0)</source>
        <translation>Comment Réinitialiser tire les poids initiaux (les biais partent de 0)</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Seed of the initial weights (used by Reset) and of the shuffling order: the same seed repeats a run exactly</source>
        <translation>Graine des poids initiaux (pour Réinitialiser) et de l&apos;ordre de mélange&#xa0;: la même graine refait exactement le même entraînement</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>L2 weight decay λ: adds ½λΣW² to the loss, pulling weights toward 0 (0 = off)</source>
        <translation>Pénalité L2 λ (weight decay)&#xa0;: ajoute ½λΣW² à la perte et ramène les poids vers 0 (0 = désactivée)</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>Pénalité L2</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Réglages d’entraînement</translation>
    </message>
    <message>
        <source>What training minimises and how each step changes the weights</source>
        <translation>Ce que l&apos;entraînement minimise et comment chaque pas modifie les poids</translation>
    </message>
    <message>
        <source>The update rule</source>
        <translation>La règle de mise à jour</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate η: how far each step moves. Too large and the loss explodes; too small and nothing seems to happen. Changes apply while training runs.</source>
        <translation>Taux d&apos;apprentissage η&#xa0;: la longueur de chaque pas. Trop grand, la perte explose&#xa0;; trop petit, rien ne semble se passer. Un changement s&apos;applique pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Mini-batch size: samples per step. 1 = pure stochastic; the training-set size = full-batch gradient descent</source>
        <translation>Taille du mini-lot&#xa0;: échantillons par pas. 1 = purement stochastique&#xa0;; la taille du jeu d&apos;entraînement = descente de gradient sur le lot complet</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Play stops after this epoch; pressing Play again trains this many more</source>
        <translation>L&apos;entraînement s&apos;arrête après cette époque&#xa0;; appuyer de nouveau sur Lecture entraîne autant d&apos;époques de plus</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Arrêt à l&apos;époque</translation>
    </message>
    <message>
        <source>float64 (exact)</source>
        <translation>float64 (exact)</translation>
    </message>
    <message>
        <source>float32 (faster)</source>
        <translation>float32 (rapide)</translation>
    </message>
    <message>
        <source>Number format while training: float64 keeps every digit for inspection; float32 trains faster on large networks, with about 7 exact digits</source>
        <translation>Format des nombres pendant l&apos;entraînement&#xa0;: float64 garde tous les chiffres pour l&apos;inspection&#xa0;; float32 entraîne plus vite les grands réseaux, avec environ 7 chiffres exacts</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Proposition&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested for {dataset}:</source>
        <translation>Proposé pour «&#xa0;{dataset}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot train: {problem}</source>
        <translation>Entraînement impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Mettre l&apos;entraînement en pause (Espace)</translation>
    </message>
    <message>
        <source>Train until the epoch limit (Space)</source>
        <translation>Entraîner jusqu&apos;à l&apos;époque d&apos;arrêt (Espace)</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete, then pause</source>
        <translation>Entraîner jusqu&apos;à la fin de l&apos;époque en cours, puis faire une pause</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>Règle du perceptron</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent: w ← w − η·∂L/∂w.</source>
        <translation>Descente de gradient stochastique simple&#xa0;: w ← w − η·∂L/∂w.</translation>
    </message>
    <message>
        <source>Gradient descent with a velocity that keeps rolling in consistent directions.</source>
        <translation>Descente de gradient avec une vitesse qui continue de rouler dans les directions constantes.</translation>
    </message>
    <message>
        <source>Momentum that looks ahead before it steps (Nesterov&apos;s accelerated gradient).</source>
        <translation>Momentum qui regarde devant lui avant chaque pas (gradient accéléré de Nesterov).</translation>
    </message>
    <message>
        <source>Shrinks each weight&apos;s step as its squared gradients add up.</source>
        <translation>Réduit le pas de chaque poids à mesure que ses gradients au carré s&apos;accumulent.</translation>
    </message>
    <message>
        <source>Like AdaGrad, but forgets old gradients, so steps do not shrink for ever.</source>
        <translation>Comme AdaGrad, mais oublie les anciens gradients&#xa0;: les pas ne rétrécissent pas indéfiniment.</translation>
    </message>
    <message>
        <source>Momentum plus RMSprop-style step sizes, with bias correction.</source>
        <translation>Momentum plus des pas à la RMSprop, avec correction du biais.</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule w ← w + η(t − y)x, for a single layer of step units.</source>
        <translation>Règle de Rosenblatt w ← w + η(t − y)x, pour une seule couche de neurones à échelon.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How much of the previous step carries over (0 = none).</source>
        <translation>Part du pas précédent qui est conservée (0 = aucune).</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>Décroissance</translation>
    </message>
    <message>
        <source>How slowly RMSprop forgets old squared gradients.</source>
        <translation>Lenteur avec laquelle RMSprop oublie les anciens gradients au carré.</translation>
    </message>
    <message>
        <source>Adam: how slowly the mean of the gradients forgets.</source>
        <translation>Adam&#xa0;: lenteur avec laquelle la moyenne des gradients oublie.</translation>
    </message>
    <message>
        <source>Adam: how slowly the mean of the squared gradients forgets.</source>
        <translation>Adam&#xa0;: lenteur avec laquelle la moyenne des gradients au carré oublie.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zéros</translation>
    </message>
    <message>
        <source>Normal (σ = 0.01)</source>
        <translation>Normale (σ = 0.01)</translation>
    </message>
    <message>
        <source>Mean squared error, ½Σ(y − t)²: for regression, and for gates as in the textbook.</source>
        <translation>Erreur quadratique moyenne, ½Σ(y − t)²&#xa0;: pour la régression, et pour les portes logiques comme dans le manuel.</translation>
    </message>
    <message>
        <source>Cross-entropy −Σ t·log y: for softmax outputs, one per class.</source>
        <translation>Entropie croisée −Σ t·log y&#xa0;: pour des sorties softmax, une par classe.</translation>
    </message>
    <message>
        <source>Binary cross-entropy: for one sigmoid output, the probability of class 1.</source>
        <translation>Entropie croisée binaire&#xa0;: pour une seule sortie sigmoïde, la probabilité de la classe 1.</translation>
    </message>
    <message>
        <source>Training speed. 10 trains as fast as the computer can; lower speeds pause between epochs (1 = one epoch per second) so you can watch the weights move.</source>
        <translation>Vitesse de l&apos;entraînement. 10 entraîne aussi vite que l&apos;ordinateur le peut&#xa0;; les vitesses plus basses marquent une pause entre les époques (1 = une époque par seconde) pour que vous voyiez les poids bouger.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Reset weights</source>
        <extracomment>200 epochs a second: fast, yet a learner can watch a run unfold (10 = as fast as possible).</extracomment>
        <translation>Réinitialiser les poids</translation>
    </message>
    <message>
        <source>The training process could not start: {error}</source>
        <translation>Le processus d&apos;entraînement n&apos;a pas pu démarrer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{problem} The weights shown are kept; press Play to train on.</source>
        <translation>{problem} Les poids affichés sont conservés&#xa0;; appuyez sur Lecture pour continuer l&apos;entraînement.</translation>
    </message>
    <message>
        <source>{problem} Press Play to start it again.</source>
        <translation>{problem} Appuyez sur Lecture pour le relancer.</translation>
    </message>
    <message>
        <source>Training paused because the network was edited; Play continues from the edited network.</source>
        <translation>Entraînement mis en pause car le réseau a été modifié&#xa0;; appuyez sur Lecture pour reprendre à partir du réseau modifié.</translation>
    </message>
    <message>
        <source>Train epoch {0}</source>
        <translation>Entraîner l&apos;époque {0}</translation>
    </message>
    <message>
        <source>Train epochs {0}–{1}</source>
        <translation>Entraîner les époques {0} à {1}</translation>
    </message>
    <message>
        <source>Train one mini-batch</source>
        <translation>Entraîner un mini-lot</translation>
    </message>
    <message>
        <source>Train {0} mini-batches</source>
        <translation>Entraîner {0} mini-lots</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>époque {0}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>pas {0}</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} époques/s</translation>
    </message>
</context>
<context>
    <name>TrainingWiring</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Data, loss, optimizer and run controls</source>
        <translation>Données, perte, optimiseur et commandes d&apos;exécution</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>The network&apos;s answer over the input plane</source>
        <translation>La réponse du réseau sur le plan des entrées</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Loss and accuracy per epoch</source>
        <translation>Perte et exactitude par époque</translation>
    </message>
    <message>
        <source>Probe sample</source>
        <translation>Échantillon examiné</translation>
    </message>
    <message>
        <source>The network&apos;s outputs for one sample</source>
        <translation>Les sorties du réseau pour un échantillon</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Train until the epoch limit (Space)</source>
        <translation>Entraîner jusqu&apos;à l&apos;époque d&apos;arrêt (Espace)</translation>
    </message>
    <message>
        <source>&amp;Step one mini-batch</source>
        <translation>Avancer d&apos;un &amp;mini-lot</translation>
    </message>
    <message>
        <source>Train one mini-batch, then pause</source>
        <translation>Entraîner sur un mini-lot, puis faire une pause</translation>
    </message>
    <message>
        <source>Step one &amp;epoch</source>
        <translation>Avancer d&apos;une &amp;époque</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete</source>
        <translation>Entraîner jusqu&apos;à la fin de l&apos;époque en cours</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>&amp;Réinitialiser les poids</translation>
    </message>
    <message>
        <source>New initial weights from the training settings&apos; initialisation and seed; clears the loss curve</source>
        <translation>Nouveaux poids initiaux selon l&apos;initialisation et la graine des réglages d&apos;entraînement&#xa0;; efface la courbe de perte</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>Training progress: epochs completed, mini-batches trained, and speed</source>
        <translation>Progression&#xa0;: époques terminées, mini-lots entraînés et vitesse</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Mettre l&apos;entraînement en pause (Espace)</translation>
    </message>
    <message>
        <source>Cannot train: {problem}</source>
        <translation>Entraînement impossible&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>WorkerLink</name>
    <message>
        <source>The training process did not answer within {0} s and was stopped.</source>
        <translation>Le processus d&apos;entraînement n&apos;a pas répondu en {0} s et a été arrêté.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly.</source>
        <translation>Le processus d&apos;entraînement s&apos;est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit code {0}).</source>
        <translation>Le processus d&apos;entraînement s&apos;est arrêté de façon inattendue (code de sortie {0}).</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {0}).</source>
        <translation>Le processus d&apos;entraînement s&apos;est arrêté de façon inattendue (tué par le signal {0}).</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Training cannot start: {error}</source>
        <extracomment>The BLAS libraries NumPy may use, and the variable each reads its thread count from at start. Speed level -&gt; epochs per second it aims for (slower levels sleep between epochs).</extracomment>
        <translation>L&apos;entraînement ne peut pas démarrer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Training cannot start: the worker was given nothing to train.</source>
        <translation>L&apos;entraînement ne peut pas démarrer&#xa0;: le processus n&apos;a rien reçu à entraîner.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>L&apos;entraînement a échoué&#xa0;: {error}</translation>
    </message>
</context>
</TS>
